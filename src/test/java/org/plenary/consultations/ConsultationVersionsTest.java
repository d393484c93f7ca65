package org.plenary.consultations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.plenary.support.ApiAssertions.assertInvalid;
import static org.plenary.support.ApiAssertions.assertProblem;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryTest;
import org.plenary.support.Api;
import org.plenary.support.Fixtures;
import org.plenary.support.Mails;
import org.plenary.support.WebSession;
import tools.jackson.databind.JsonNode;

/**
 * A consultation's title, elements and guiding questions have versions in the other languages of the process:
 * readers of a language see its version, others the original saying which languages exist, and its notices carry
 * the title in the recipient's version; before it opens a version is corrected, after only added.
 */
class ConsultationVersionsTest extends PlenaryTest {

    private static final String FRENCH_TITLE = "Éléments possibles du Plan d’action de Lausanne";
    private static final String ARABIC_TITLE = "العناصر الممكنة لخطة عمل لوزان";
    private static final String ARABIC_ELEMENT = "تطهير جميع مخلفات الذخائر العنقودية في أقرب وقت ممكن.";

    private Api admin;
    private String treaty;
    private String process;
    private String code;
    private Fixtures.Person officer;

    @BeforeEach
    void aProcessInEnglishFrenchAndArabic() {
        admin = admin();
        treaty = Fixtures.aTreaty(admin);
        Map<String, Object> body = new HashMap<>(Fixtures.newProcess(treaty));
        body.put("languages", List.of("en", "fr", "ar"));
        process = admin.post("/processes", body).json().get("id").asString();
        code = admin.get("/processes/" + process).json().get("code").asString();
        officer = Fixtures.anOfficer(admin, process, "PRESIDENCY");
    }

    @Test
    void readersOfALanguageSeeItsVersionOthersTheOriginalSayingSo() {
        String id = consultation(Instant.now().minus(1, ChronoUnit.HOURS));
        Api.Response added = officer.api().put(versions(id) + "ar", Map.of("title", ARABIC_TITLE,
                "elements", Map.of("1", ARABIC_ELEMENT), "questions", Map.of("Q1", "ما المؤشرات التي ينبغي أن تقيس التقدم؟")));
        assertThat(added.status()).as(added.toString()).isEqualTo(200);
        JsonNode read = officer.api().get(path(id)).json();
        assertThat(read.get("originalLanguage").asString()).isEqualTo("en");
        assertThat(read.get("versions").get("ar").get("elements").get("1").asString()).isEqualTo(ARABIC_ELEMENT);
        assertThat(count("select count(*) from audit_entry where object_id = ? and action = "
                + "'consultations.consultation.version-added'", id)).isEqualTo(1);

        WebSession reader = WebSession.signIn(port, Fixtures.aUser(admin).username(), Fixtures.PASSWORD);
        String page = "/processes/" + code + "/consultations/" + id;
        assertThat(reader.get(page + "?lang=ar").body()).contains("dir=\"rtl\"", ARABIC_TITLE, ARABIC_ELEMENT,
                "ما المؤشرات", "Destroy stockpiles within eight years.", page + "?version=en");
        assertThat(reader.get(page + "?lang=fr").body()).contains("Possible elements of the Lausanne Action Plan",
                "(original)", page + "?version=ar").doesNotContain(ARABIC_ELEMENT);
        assertThat(reader.get("/processes/" + code + "/consultations?lang=ar").body()).contains(ARABIC_TITLE);

        JsonNode refused = assertProblem(unchanged(() -> officer.api().put(versions(id) + "ar",
                Map.of("title", "عنوان آخر"))), 409);
        assertThat(refused.get("detail").asString()).contains("can be added but no longer changed");
        assertThat(officer.api().put(versions(id) + "fr", Map.of("title", "Éléments possibles")).status())
                .as("a new version of an open consultation").isEqualTo(200);
    }

    @Test
    void anOfficerCorrectsAVersionOnItsFormBeforeTheConsultationOpens() {
        String id = consultation(Instant.now().plus(1, ChronoUnit.DAYS));
        WebSession web = WebSession.signIn(port, officer.username(), Fixtures.PASSWORD);
        String page = "/processes/" + code + "/consultations/" + id;
        assertThat(web.get(page + "?lang=en").body()).contains("id=\"version-links\"", page + "/versions/fr");
        assertThat(web.get(page + "/versions/fr").body()).contains("1. \n\n2. \n\n12 (d) ", "Q1 ");
        for (String title : List.of("Éléments", "Éléments possibles du Plan d’action de Lausanne")) {
            HttpResponse<String> saved = web.post(page + "/versions/fr", Map.of("subject", title,
                    "text", "1. Dépolluer dès que possible.\n\n2.\n\n12 (d) Rendre compte chaque année.",
                    "second", "Q1 Quels indicateurs ?"));
            assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        }
        assertThat(web.get(page + "?lang=fr").body()).contains("Éléments possibles du Plan d’action de Lausanne",
                "Dépolluer dès que possible.", "Destroy stockpiles within eight years.", "Rendre compte chaque année.",
                "Quels indicateurs ?");
        assertThat(count("select count(*) from audit_entry where object_id = ? and action = "
                + "'consultations.consultation.version-changed'", id)).isEqualTo(1);
        assertThat(web.post(page + "/versions/fr", Map.of("subject", "X", "text", "Sans numéro")).statusCode())
                .isEqualTo(400);
    }

    @Test
    void aFrenchMissionIsToldOfAnExtensionUnderTheFrenchTitle() {
        String state = Fixtures.aState(admin);
        Fixtures.recordStatus(admin, treaty, state, "STATE_PARTY", "2010-01-01");
        String mission = unique("mission") + "@example.org";
        assertThat(admin.post("/participants/" + state + "/contacts", Map.of("email", mission, "role", "MISSION",
                "language", "fr")).status()).isEqualTo(201);
        Instant opens = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        String id = consultation(opens);
        assertThat(officer.api().put(versions(id) + "fr", Map.of("title", FRENCH_TITLE)).status()).isEqualTo(200);

        Api.Response extended = officer.api().post(path(id) + "/extend", Map.of("closes",
                opens.plus(5, ChronoUnit.DAYS).toString()));
        assertThat(extended.status()).as(extended.toString()).isEqualTo(200);
        await().atMost(Mails.DELIVERY).until(() -> Arrays.stream(MAIL.getReceivedMessages())
                .filter(m -> recipient(m).equalsIgnoreCase(mission)).map(ConsultationVersionsTest::subject)
                .anyMatch(("Consultation prolongée : " + FRENCH_TITLE)::equals));
    }

    @Test
    void badVersionsAreRefusedWithTheirReasonAndChangeNothing() {
        String id = consultation(Instant.now().plus(1, ChronoUnit.DAYS));
        Map<String, Object> valid = Map.of("title", "Éléments possibles");
        assertInvalid(unchanged(() -> officer.api().put(versions(id) + "xx", valid)), "language");
        assertThat(assertInvalid(unchanged(() -> officer.api().put(versions(id) + "es", valid)), "language")
                .get("detail").asString()).contains("does not work in 'es'");
        assertInvalid(unchanged(() -> officer.api().put(versions(id) + "en", valid)), "language");
        assertInvalid(unchanged(() -> officer.api().put(versions(id) + "fr", Map.of("title", "T",
                "elements", Map.of("9", "Neuf")))), "elements");
        assertInvalid(unchanged(() -> officer.api().put(versions(id) + "fr", Map.of("title", "T",
                "questions", Map.of("Q9", "?")))), "questions");
        Api delegate = Fixtures.aDelegate(admin, Fixtures.aState(admin)).api();
        assertThat(unchanged(() -> delegate.put(versions(id) + "fr", valid)).status()).isEqualTo(403);
    }

    private String consultation(Instant opens) {
        Instant at = opens.truncatedTo(ChronoUnit.SECONDS);
        Api.Response created = officer.api().post("/processes/" + process + "/consultations",
                ConsultationWorld.newConsultation(at, at.plus(2, ChronoUnit.DAYS)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String path(String id) {
        return "/processes/" + process + "/consultations/" + id;
    }

    private String versions(String id) {
        return path(id) + "/versions/";
    }
}
