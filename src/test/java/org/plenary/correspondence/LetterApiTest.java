package org.plenary.correspondence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryTest;
import org.plenary.support.Api;
import tools.jackson.databind.JsonNode;

class LetterApiTest extends PlenaryTest {

    private String process;
    private String presidency;
    private String secretariat;
    private String partyDelegate;
    private String signatoryDelegate;

    @BeforeEach
    void aProcessWithItsOfficersAndDelegations() throws Exception {
        MAIL.purgeEmailFromAllMailboxes();
        Api admin = admin();
        String treaty = unique("L").toUpperCase().replace("-", "");
        admin.post("/treaties", Map.of("code", treaty, "title", "Convention on Cluster Munitions"));
        process = admin.post("/processes", Map.of("code", unique("P"), "title", "Second Review Conference",
                "treaty", treaty, "timeZone", "Europe/Zurich", "languages", List.of("en", "fr"))).json()
                .get("id").asString();
        presidency = officer(admin, "PRESIDENCY");
        secretariat = officer(admin, "SECRETARIAT");
        String partyA = state(admin, treaty, "STATE_PARTY");
        String partyB = state(admin, treaty, "STATE_PARTY");
        String signatory = state(admin, treaty, "SIGNATORY");
        partyDelegate = delegate(admin, partyA);
        delegate(admin, partyA);
        delegate(admin, partyB);
        delegate(admin, partyB);
        signatoryDelegate = delegate(admin, signatory);
    }

    @Test
    void thePresidencySendsALetterThatReachesEveryAccountOfTheAddressedStatesOnce() throws Exception {
        Api.Response created = api().as(secretariat).post("/processes/" + process + "/letters", Map.of(
                "reference", "BFX/BERAL – 854-03-02-09", "date", "2020-06-18", "place", "Geneva",
                "subject", "Preparation of the Second Review Conference",
                "body", "Excellency,\n\nI have the honour to invite **your views** on Working Paper 4.\n\n<script>alert(1)</script>",
                "addressees", List.of("STATES_PARTIES"), "signatory", "Félix Baumann",
                "signatoryTitle", "President of the Second Review Conference"));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String letter = created.json().get("id").asString();
        assertThat(created.json().get("status").asString()).isEqualTo("DRAFT");

        assertThat(api().as(secretariat).post("/processes/" + process + "/letters/" + letter + "/send", null).status())
                .isEqualTo(403);
        Api.Response sent = api().as(presidency).post("/processes/" + process + "/letters/" + letter + "/send", null);
        assertThat(sent.status()).as(sent.text()).isEqualTo(200);
        assertThat(sent.json().get("status").asString()).isEqualTo("SENT");
        assertThat(sent.json().get("dispatches").size()).isEqualTo(4);
        assertThat(api().as(presidency).post("/processes/" + process + "/letters/" + letter + "/send", null).status())
                .isEqualTo(409);

        assertThat(MAIL.waitForIncomingEmail(30_000, 4)).isTrue();
        MimeMessage[] received = MAIL.getReceivedMessages();
        assertThat(received).hasSize(4);
        assertThat(Arrays.stream(received).map(this::recipient).distinct()).hasSize(4);
        MimeMessage first = received[0];
        assertThat(first.getSubject()).contains("BFX/BERAL").contains("Preparation of the Second Review Conference");
        String pdfText = new PDFTextStripper().getText(Loader.loadPDF(pdfAttachment(first)));
        assertThat(pdfText).contains("Preparation of the Second Review Conference", "Geneva", "Félix Baumann",
                "your views", "<script>alert(1)</script>");

        JsonNode dispatches = awaitAllSent(letter);
        assertThat(dispatches.size()).isEqualTo(4);
        assertThat(dispatches.valueStream().map(d -> d.get("attempts").asInt())).as("each delivered in one attempt, "
                + "and a sent dispatch is never delivered again").containsOnly(1);
        assertThat(MAIL.getReceivedMessages()).as("no e-mail is sent twice").hasSize(4);

        assertThat(api().as(partyDelegate).get("/processes/" + process + "/letters").json().size()).isEqualTo(1);
        assertThat(api().as(partyDelegate).get("/processes/" + process + "/letters/" + letter).json()
                .has("dispatches")).isTrue();
        assertThat(api().as(partyDelegate).get("/processes/" + process + "/letters/" + letter).json()
                .get("dispatches").isNull()).isTrue();
        assertThat(api().as(signatoryDelegate).get("/processes/" + process + "/letters").json().size()).isZero();
        assertThat(api().as(signatoryDelegate).get("/processes/" + process + "/letters/" + letter).status()).isEqualTo(404);
    }

    @Test
    void badLettersAreRefusedAndNothingIsStored() {
        long before = jdbc.sql("select count(*) from letter").query(Long.class).single();
        Map<String, Object> valid = Map.of("reference", unique("REF"), "date", "2020-06-18", "place", "Geneva",
                "subject", "Subject", "body", "Body", "addressees", List.of("STATES_PARTIES"));
        String path = "/processes/" + process + "/letters";
        assertThat(api().as(partyDelegate).post(path, valid).status()).isEqualTo(403);
        assertThat(api().post(path, valid).status()).isEqualTo(401);
        assertThat(api().as(secretariat).post(path, with(valid, "addressees", List.of("EVERYBODY"))).status()).isEqualTo(400);
        assertThat(api().as(secretariat).post(path, with(valid, "addressees", List.of())).status()).isEqualTo(400);
        assertThat(api().as(secretariat).post(path, with(valid, "date", "18/06/2020")).status()).isEqualTo(400);
        assertThat(api().as(secretariat).post(path, with(valid, "subject", " ")).status()).isEqualTo(400);
        assertThat(api().as(secretariat).post(path, with(valid, "attachments", List.of(java.util.UUID.randomUUID().toString())))
                .status()).isEqualTo(400);
        assertThat(api().as(secretariat).post(path, with(valid, "refersTo", List.of("not-a-letter"))).status()).isEqualTo(400);
        assertThat(api().as(secretariat).send("POST", path, "{\"reference\":", "application/json").status()).isEqualTo(400);
        assertThat(jdbc.sql("select count(*) from letter").query(Long.class).single()).isEqualTo(before);

        assertThat(api().as(secretariat).post(path, valid).status()).isEqualTo(201);
        assertThat(api().as(secretariat).post(path, valid).status()).isEqualTo(409);
        assertThat(api().as(presidency).post(path + "/" + java.util.UUID.randomUUID() + "/send", null).status()).isEqualTo(404);
    }

    private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> changed = new java.util.HashMap<>(base);
        changed.put(key, value);
        return changed;
    }

    private JsonNode awaitAllSent(String letter) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> api().as(presidency)
                .get("/processes/" + process + "/letters/" + letter).json().get("dispatches"),
                dispatches -> dispatches.valueStream().allMatch(d -> d.get("status").asString().equals("SENT")));
    }

    private String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] pdfAttachment(MimeMessage message) throws Exception {
        Multipart parts = (Multipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            Part part = parts.getBodyPart(i);
            if (part.getContentType().startsWith("application/pdf")) {
                assertThat(part.getDisposition()).isEqualTo(Part.ATTACHMENT);
                assertThat(part.getFileName()).startsWith("letter-").endsWith(".pdf");
                return part.getInputStream().readAllBytes();
            }
        }
        throw new AssertionError("No PDF attached");
    }

    private String officer(Api admin, String role) {
        String username = unique(role.toLowerCase());
        String id = admin.post("/users", Map.of("username", username, "password", "officer-password",
                "displayName", role, "email", username + "@example.org")).json().get("id").asString();
        admin.post("/processes/" + process + "/officers", Map.of("userId", id, "role", role));
        return tokenFor(username, "officer-password");
    }

    private String state(Api admin, String treaty, String status) {
        String id = admin.post("/participants", Map.of("name", unique("State"), "kind", "STATE")).json()
                .get("id").asString();
        admin.put("/treaties/" + treaty + "/statuses/" + id, Map.of("status", status, "since", "2010-01-01"));
        return id;
    }

    private String delegate(Api admin, String participant) {
        String username = unique("delegate");
        admin.post("/users", Map.of("username", username, "password", "delegate-password", "displayName",
                "Delegate", "email", username + "@example.org", "participantId", participant));
        return tokenFor(username, "delegate-password");
    }
}
