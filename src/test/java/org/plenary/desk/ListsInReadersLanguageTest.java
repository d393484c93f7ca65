package org.plenary.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryTest;
import org.plenary.support.Api;
import org.plenary.support.Fixtures;
import org.plenary.support.WebSession;

/**
 * The lists of letters, silence procedures, meetings and consultations, and the desk, show each text's subject or
 * title in the reader's language where it has that version, else the original.
 */
class ListsInReadersLanguageTest extends PlenaryTest {

    @Test
    void aFrenchReaderSeesTheFrenchSubjectsAndTitlesAnEnglishReaderTheOriginals() {
        Api admin = admin();
        String process = Fixtures.aProcess(admin);
        String code = admin.get("/processes/" + process).json().get("code").asString();
        Fixtures.Person officer = Fixtures.anOfficer(admin, process, "SECRETARIAT");
        Api api = officer.api();
        String base = "/processes/" + process;
        String letter = api.post(base + "/letters", Map.of("reference", unique("REF"), "date", "2020-06-18",
                "place", "Geneva", "subject", "Preparation of the Conference", "body", "Excellency,",
                "addressees", List.of("STATES_PARTIES"))).json().get("id").asString();
        assertThat(api.put(base + "/letters/" + letter + "/versions/fr", Map.of("subject",
                "Préparation de la Conférence", "body", "Excellence,")).status()).isEqualTo(200);
        String procedure = api.post(base + "/silence-procedures", Map.of("subject", "Dates of the meeting",
                "proposal", "29 June", "deadline", "2030-06-12T18:00:00+02:00")).json().get("id").asString();
        assertThat(api.put(base + "/silence-procedures/" + procedure + "/versions/fr", Map.of("subject",
                "Dates de la réunion", "proposal", "29 juin")).status()).isEqualTo(200);
        Instant opens = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        String consultation = api.post(base + "/consultations", Map.of("title", "Possible elements",
                "opens", opens.toString(), "closes", opens.plus(7, ChronoUnit.DAYS).toString(),
                "elements", List.of(Map.of("ref", "1", "text", "Clear remnants.")))).json().get("id").asString();
        assertThat(api.put(base + "/consultations/" + consultation + "/versions/fr", Map.of("title",
                "Éléments possibles")).status()).isEqualTo(200);

        WebSession web = WebSession.signIn(port, officer.username(), Fixtures.PASSWORD);
        String pages = "/processes/" + code;
        assertThat(web.get(pages + "/letters?lang=fr").body()).contains("Préparation de la Conférence")
                .doesNotContain("Preparation of the Conference");
        assertThat(web.get(pages + "/silence-procedures?lang=fr").body()).contains("Dates de la réunion")
                .doesNotContain("Dates of the meeting");
        assertThat(web.get(pages + "/consultations?lang=fr").body()).contains("Éléments possibles");
        assertThat(web.get("/desk?lang=fr").body()).contains("Éléments possibles")
                .doesNotContain("Possible elements");
        assertThat(web.get(pages + "/letters?lang=en").body()).contains("Preparation of the Conference");
        assertThat(web.get(pages + "/silence-procedures?lang=es").body()).contains("Dates of the meeting");
        assertThat(web.get("/desk?lang=en").body()).contains("Possible elements");
    }
}
