package org.plenary.correspondence;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryTest;
import org.plenary.support.Api;
import org.plenary.support.Fixtures;
import org.plenary.support.WebSession;

/**
 * The letter page shows the version in the reader's language, or the original saying so, and switches between the
 * languages the letter exists in; officers write a version on a form of its own.
 */
class LetterVersionPagesTest extends PlenaryTest {

    private static final String FRENCH_SUBJECT = "Préparation de la deuxième Conférence d’examen";

    private String page;
    private WebSession officer;

    @BeforeEach
    void aLetterInEnglish() {
        Api admin = admin();
        String process = Fixtures.aProcess(admin);
        String code = admin.get("/processes/" + process).json().get("code").asString();
        Fixtures.Person secretariat = Fixtures.anOfficer(admin, process, "SECRETARIAT");
        String letter = secretariat.api().post("/processes/" + process + "/letters", Map.of("reference", unique("REF"),
                "date", "2020-06-18", "place", "Geneva", "subject", "Preparation of the Second Review Conference",
                "body", "Excellency,\n\nI have the honour to invite your views.", "addressees",
                List.of("STATES_PARTIES"), "signatory", "Félix Baumann", "signatoryTitle", "President"))
                .json().get("id").asString();
        page = "/processes/" + code + "/letters/" + letter;
        officer = WebSession.signIn(port, secretariat.username(), Fixtures.PASSWORD);
    }

    @Test
    void anOfficerWritesAVersionThatReadersOfItsLanguageSee() {
        assertThat(officer.get(page + "?lang=en").body()).contains("id=\"version-links\"", page + "/versions/fr");
        assertThat(officer.get(page + "/versions/fr").body()).contains("id=\"version-second\"",
                "Title of the signatory");
        HttpResponse<String> saved = officer.post(page + "/versions/fr", Map.of("subject", FRENCH_SUBJECT,
                "text", "Excellence,\n\nJ’ai l’honneur de solliciter vos observations.", "second", "Président"));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith(page + "?version=fr");

        String french = officer.get(page + "?lang=fr").body();
        assertThat(french).contains(FRENCH_SUBJECT, "Affiché en français.",
                "Félix Baumann, <span lang=\"fr\">Président</span>", page + "?version=en",
                page + "/preview?version=fr", page + "/pdf?version=fr");
        assertThat(officer.get(page + "/preview?version=fr").body()).contains("solliciter vos observations");

        String spanish = officer.get(page + "?lang=es").body();
        assertThat(spanish).as("no Spanish version: the original, saying so")
                .contains("Preparation of the Second Review Conference", "Se muestra en inglés (original).",
                        page + "?version=fr");
        assertThat(officer.get(page + "?version=fr").body()).contains(FRENCH_SUBJECT);
    }

    @Test
    void aBadVersionIsRefusedOnItsFormAndChangesNothing() {
        officer.get(page + "/versions/fr");
        HttpResponse<String> refused = unchanged(() -> {
            HttpResponse<String> response = officer.post(page + "/versions/fr", Map.of("subject", "", "text", "x"));
            return new Api.Response(response);
        }).raw();
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"version-error\"");
        assertThat(officer.get(page + "/versions/de").statusCode()).isEqualTo(400);
    }
}
