package org.plenary.correspondence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.support.ApiAssertions.assertInvalid;
import static org.plenary.support.ApiAssertions.assertProblem;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryTest;
import org.plenary.support.Api;
import org.plenary.support.Mails;
import org.plenary.support.Fixtures;
import tools.jackson.databind.JsonNode;

/**
 * A letter has versions in the other languages of its process: added or corrected before it is sent, only added
 * after; one PDF per version; each e-mail carries the version in its recipient's language.
 */
class LetterVersionsTest extends PlenaryTest {

    private static final String FRENCH_SUBJECT = "Préparation de la deuxième Conférence d’examen";
    private static final String FRENCH_TITLE = "Président de la deuxième Conférence d’examen";
    private static final String FRENCH_BODY = "Excellence,\n\nJ’ai l’honneur de solliciter vos **observations** "
            + "sur le document de travail n° 4, à Genève.";

    private Api admin;
    private String treaty;
    private String process;
    private String party;
    private Api presidency;
    private String presidencyToken;
    private Api secretariat;

    @BeforeEach
    void aProcessInEnglishFrenchAndSpanish() throws Exception {
        MAIL.purgeEmailFromAllMailboxes();
        admin = admin();
        treaty = Fixtures.aTreaty(admin);
        Map<String, Object> body = new java.util.HashMap<>(Fixtures.newProcess(treaty));
        body.put("languages", List.of("en", "fr", "es", "ru", "zh", "ar"));
        process = admin.post("/processes", body).json().get("id").asString();
        Fixtures.Person president = Fixtures.anOfficer(admin, process, "PRESIDENCY");
        presidency = president.api();
        presidencyToken = Fixtures.signIn(admin, president.username(), Fixtures.PASSWORD);
        secretariat = Fixtures.anOfficer(admin, process, "SECRETARIAT").api();
        party = Fixtures.aState(admin);
        Fixtures.recordStatus(admin, treaty, party, "STATE_PARTY", "2010-01-01");
    }

    @Test
    void anOfficerAddsAndCorrectsAVersionBeforeSendingAndOnlyAddsAfter() throws Exception {
        String letter = draft();
        String versions = letters() + "/" + letter + "/versions/";
        Api.Response added = secretariat.put(versions + "fr", Map.of("subject", "Préparation", "body", FRENCH_BODY));
        assertThat(added.status()).as(added.toString()).isEqualTo(200);
        Api.Response corrected = secretariat.put(versions + "fr", Map.of("subject", FRENCH_SUBJECT, "body", FRENCH_BODY,
                "signatoryTitle", FRENCH_TITLE));
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        JsonNode read = presidency.get(letters() + "/" + letter).json();
        assertThat(read.get("originalLanguage").asString()).isEqualTo("en");
        assertThat(read.get("subject").asString()).isEqualTo("Preparation of the Second Review Conference");
        assertThat(read.get("versions").get("fr").get("subject").asString()).isEqualTo(FRENCH_SUBJECT);
        assertThat(read.get("versions").get("fr").get("body").asString()).isEqualTo(FRENCH_BODY);
        assertThat(read.get("versions").get("fr").get("signatoryTitle").asString()).isEqualTo(FRENCH_TITLE);
        assertThat(count("select count(*) from audit_entry where object_id = ? and action = "
                + "'correspondence.letter.version-added'", letter)).isEqualTo(1);
        assertThat(count("select count(*) from audit_entry where object_id = ? and action = "
                + "'correspondence.letter.version-changed' and after like '%' || ? || '%'", letter, "deuxième"))
                .isEqualTo(1);

        assertThat(pdfText(letter, "fr")).contains(FRENCH_SUBJECT, "observations", "n° 4, à Genève", FRENCH_TITLE)
                .doesNotContain("Preparation of the Second Review Conference", "President of the Second");
        assertThat(pdfText(letter, null)).contains("Preparation of the Second Review Conference");
        assertThat(pdf(letter, "es").statusCode()).isEqualTo(404);
        assertThat(pdf(letter, "xx").statusCode()).isEqualTo(400);

        assertThat(presidency.post(letters() + "/" + letter + "/send", null).status()).isEqualTo(200);
        JsonNode refused = assertProblem(unchanged(() -> secretariat.put(versions + "fr",
                Map.of("subject", "Autre chose", "body", "Autre chose"))), 409);
        assertThat(refused.get("detail").asString()).contains("can be added but no longer changed");
        assertThat(presidency.get(letters() + "/" + letter).json().get("versions").get("fr").get("subject").asString())
                .isEqualTo(FRENCH_SUBJECT);
        Api.Response spanish = secretariat.put(versions + "es", Map.of("subject", "Preparación de la Segunda "
                + "Conferencia de Examen", "body", "Excelencia:\n\nTengo el honor de solicitar sus **opiniones**."));
        assertThat(spanish.status()).as("a version is added after sending").isEqualTo(200);
        assertThat(pdfText(letter, "es")).as("a version without the signatory's title is signed with the original's")
                .contains("Preparación de la Segunda Conferencia de Examen", "opiniones",
                        "President of the Second Review Conference");
    }

    @Test
    void badVersionsAreRefusedWithTheirReasonAndChangeNothing() {
        String letter = draft();
        String versions = letters() + "/" + letter + "/versions/";
        Map<String, Object> valid = Map.of("subject", FRENCH_SUBJECT, "body", FRENCH_BODY);
        assertThat(assertInvalid(unchanged(() -> secretariat.put(versions + "xx", valid)), "language")
                .get("detail").asString()).contains("not one of the official languages");
        assertThat(assertInvalid(unchanged(() -> secretariat.put(versions + "en", valid)), "language")
                .get("detail").asString()).contains("original language");
        assertInvalid(unchanged(() -> secretariat.put(versions + "fr", Map.of("subject", " ", "body", "x"))), "subject");
        Api delegate = Fixtures.aDelegate(admin, party).api();
        assertThat(unchanged(() -> delegate.put(versions + "fr", valid)).status()).isEqualTo(403);
        assertThat(unchanged(() -> api().put(versions + "fr", valid)).status()).isEqualTo(401);
        assertThat(unchanged(() -> secretariat.put(letters() + "/" + java.util.UUID.randomUUID() + "/versions/fr",
                valid)).status()).isEqualTo(404);

        String otherProcess = Fixtures.aProcess(admin, treaty);
        Api officer = Fixtures.anOfficer(admin, otherProcess, "SECRETARIAT").api();
        String english = officer.post("/processes/" + otherProcess + "/letters", newLetter()).json().get("id").asString();
        assertThat(assertInvalid(unchanged(() -> officer.put("/processes/" + otherProcess + "/letters/" + english
                + "/versions/es", valid)), "language").get("detail").asString())
                .contains("does not work in 'es'");
    }

    @Test
    void textInAnyScriptRoundTripsExactly() {
        String letter = draft();
        String versions = letters() + "/" + letter + "/versions/";
        Map<String, String> texts = Map.of(
                "ru", "Российская Федерация — Łódź",
                "zh", "中华人民共和国",
                "ar", "الجمهورية العربية السورية (CCM/CONF/2020/WP.4) Nguyễn Văn An");
        texts.forEach((language, text) -> assertThat(secretariat.put(versions + language,
                Map.of("subject", text, "body", text + "\n\n" + text)).status()).isEqualTo(200));
        JsonNode read = presidency.get(letters() + "/" + letter).json().get("versions");
        texts.forEach((language, text) -> {
            assertThat(read.get(language).get("subject").asString()).isEqualTo(text);
            assertThat(read.get(language).get("body").asString()).isEqualTo(text + "\n\n" + text);
        });
        assertThat(read.propertyNames()).as("in the official order").containsExactly("ar", "zh", "ru");
    }

    @Test
    void eachRecipientReceivesTheVersionInItsLanguageOrElseTheOriginal() throws Exception {
        assertThat(admin.post("/participants/" + party + "/contacts", Map.of("email", "mission-fr@example.org",
                "role", "MISSION", "language", "fr")).status()).isEqualTo(201);
        assertThat(admin.post("/participants/" + party + "/contacts", Map.of("email", "mission-es@example.org",
                "role", "MISSION", "language", "es")).status()).isEqualTo(201);
        String letter = draft();
        assertThat(secretariat.put(letters() + "/" + letter + "/versions/fr",
                Map.of("subject", FRENCH_SUBJECT, "body", FRENCH_BODY)).status()).isEqualTo(200);
        assertThat(presidency.post(letters() + "/" + letter + "/send", null).status()).isEqualTo(200);

        org.awaitility.Awaitility.await("both missions' e-mails received").atMost(Mails.DELIVERY)
                .until(() -> Arrays.stream(MAIL.getReceivedMessages()).filter(m -> to(m, "mission-fr@example.org")
                        || to(m, "mission-es@example.org")).count() >= 2);
        MimeMessage french = Arrays.stream(MAIL.getReceivedMessages()).filter(m -> to(m, "mission-fr@example.org"))
                .findFirst().orElseThrow();
        MimeMessage spanish = Arrays.stream(MAIL.getReceivedMessages()).filter(m -> to(m, "mission-es@example.org"))
                .findFirst().orElseThrow();
        assertThat(french.getSubject()).contains(FRENCH_SUBJECT);
        assertThat(new PDFTextStripper().getText(Loader.loadPDF(pdfAttachment(french)))).contains(FRENCH_SUBJECT);
        assertThat(spanish.getSubject()).as("no Spanish version: the original")
                .contains("Preparation of the Second Review Conference");
        assertThat(new PDFTextStripper().getText(Loader.loadPDF(pdfAttachment(spanish))))
                .contains("Preparation of the Second Review Conference");
        assertThat(Mails.plainText(spanish)).as("says in which languages the letter exists")
                .contains("Este texto existe en: inglés, francés.");
        assertThat(Mails.plainText(french)).doesNotContain("Ce texte existe en");
    }

    private String letters() {
        return "/processes/" + process + "/letters";
    }

    private Map<String, Object> newLetter() {
        return Map.of("reference", unique("REF"), "date", "2020-06-18", "place", "Geneva",
                "subject", "Preparation of the Second Review Conference",
                "body", "Excellency,\n\nI have the honour to invite **your views** on Working Paper 4.",
                "addressees", List.of("STATES_PARTIES"), "signatory", "Félix Baumann",
                "signatoryTitle", "President of the Second Review Conference");
    }

    private String draft() {
        Api.Response created = secretariat.post(letters(), newLetter());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private HttpResponse<byte[]> pdf(String letter, String language) throws Exception {
        String token = presidencyToken;
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/v1" + letters() + "/" + letter + "/pdf" + (language == null ? "" : "?lang=" + language)))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private String pdfText(String letter, String language) throws Exception {
        HttpResponse<byte[]> pdf = pdf(letter, language);
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (var document = Loader.loadPDF(pdf.body())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document).replaceAll("\\s+", " ");
        }
    }

    private static boolean to(MimeMessage message, String address) {
        try {
            return message.getAllRecipients()[0].toString().equals(address);
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] pdfAttachment(MimeMessage message) throws Exception {
        Multipart parts = (Multipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            Part part = parts.getBodyPart(i);
            if (part.getContentType().startsWith("application/pdf")) {
                return part.getInputStream().readAllBytes();
            }
        }
        throw new AssertionError("No PDF attached");
    }
}
