package org.plenary.silence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.plenary.support.ApiAssertions.assertCreated;
import static org.plenary.support.ApiAssertions.assertInvalid;

import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryTest;
import org.plenary.support.Fixtures;
import org.plenary.support.Mails;
import org.plenary.support.TestClock;
import org.plenary.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Documents attached to a procedure, in several languages: chosen among the documents of the process, listed
 * with a link per language on its page (each reader sees only what it may read) and in the circulation e-mail,
 * and attached to the outcome letter, which refers to the letter the procedure was announced with.
 */
class SilenceDocumentsTest extends PlenaryTest {

    @Autowired
    TestClock clock;

    @Autowired
    ConcludeProcedure conclude;

    private SilenceWorld world;
    private String general;
    private String limited;
    private String restricted;

    @BeforeEach
    void world() {
        world = SilenceWorld.create(admin(), "PT1M");
        general = world.document("Possible elements of the Lausanne Action Plan", "GENERAL", "en", "fr");
        limited = world.document("Draft review document", "LIMITED", "en");
        restricted = world.document("Note of the Presidency", "RESTRICTED", "en");
    }

    @AfterEach
    void realTimeAndNothingLeftOpen() {
        clock.reset();
        world.withdrawOpen();
    }

    @Test
    void theOutcomeLetterAttachesTheDocumentsAndRefersToTheLetterThatAnnouncedTheProcedure() {
        String announcement = world.letter("Date of the First Preparatory Meeting");
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2)).truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> body = new HashMap<>(world.proposal(deadline));
        body.put("documents", List.of(restricted, general, limited, general));
        body.put("announcedWith", announcement);
        JsonNode draft = assertCreated(world.presidency().api().post(world.path(), body), world.path());
        assertThat(draft.get("documents").valueStream().map(JsonNode::asString))
                .as("in the order given, once each").containsExactly(restricted, general, limited);
        assertThat(draft.get("announcedWith").asString()).isEqualTo(announcement);
        String id = draft.get("id").asString();
        world.presidency().api().post(world.path(id) + "/circulate", null);

        clock.setTo(deadline);
        assertThat(conclude.atDeadline(SilenceProcedureId.parse(id)))
                .as("concluded with nobody signed in and a restricted document attached: here, or a moment before by "
                        + "this instance's timer (armed again when the circulation's notification arrives)")
                .isIn(ConcludeProcedure.Result.ADOPTED, ConcludeProcedure.Result.NOTHING_TO_DO);
        assertThat(world.presidency().api().get(world.path(id)).json().get("status").asString()).isEqualTo("ADOPTED");
        JsonNode letter = outcomeLetter(id);
        assertThat(letter.get("attachments").valueStream().map(JsonNode::asString))
                .containsExactly(restricted, general, limited);
        assertThat(letter.get("refersTo").valueStream().map(JsonNode::asString)).containsExactly(announcement);
    }

    @Test
    void aProcedureAnnouncedWithoutALetterRefersToNothingAndABrokenOneStillAttachesItsDocuments() {
        Map<String, Object> body = new HashMap<>(world.proposal(Instant.now().plus(Duration.ofMinutes(2))));
        body.put("documents", List.of(restricted));
        String id = world.circulated(body);
        assertThat(world.delegateA().api().post(world.path(id) + "/objections", Map.of("reason", "No")).status())
                .as("the objecting delegate may not read the restricted document; its silence breaks all the same")
                .isEqualTo(201);
        JsonNode letter = outcomeLetter(id);
        assertThat(letter.get("attachments").valueStream().map(JsonNode::asString)).containsExactly(restricted);
        assertThat(letter.get("refersTo").size()).isZero();
    }

    @Test
    void thePageLinksEachLanguageOfTheDocumentsTheReaderMayRead() throws Exception {
        Map<String, Object> body = new HashMap<>(world.proposal(Instant.now().plus(Duration.ofMinutes(2))));
        body.put("documents", List.of(general, limited, restricted));
        String id = world.circulated(body);
        String code = world.admin().get("/processes/" + world.process()).json().get("code").asString();
        String page = "/processes/" + code + "/silence/" + world.presidency().api().get(world.path(id)).json()
                .get("reference").asString();
        String link = "/processes/" + code + "/documents/";

        String anonymous = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + page)).build(), HttpResponse.BodyHandlers.ofString()).body();
        assertThat(anonymous).contains("Possible elements of the Lausanne Action Plan")
                .contains(link + address(general) + "/files/en").contains(link + address(general) + "/files/fr")
                .doesNotContain("Draft review document").doesNotContain("Note of the Presidency");
        String delegate = WebSession.signIn(port, world.delegateA().username(), Fixtures.PASSWORD).get(page).body();
        assertThat(delegate).contains(link + address(general) + "/files/fr").contains("Draft review document")
                .contains(link + address(limited) + "/files/en").doesNotContain("Note of the Presidency");
        assertThat(WebSession.signIn(port, world.delegateA().username(), Fixtures.PASSWORD)
                .get(link + address(limited) + "/files/en").statusCode()).as("the file, with the delegate's session").isEqualTo(200);
        String officer = WebSession.signIn(port, world.presidency().username(), Fixtures.PASSWORD).get(page).body();
        assertThat(officer).contains("Draft review document").contains("Note of the Presidency")
                .contains(link + address(restricted) + "/files/en");
    }

    @Test
    void theCirculationEmailListsTheDocumentsDelegationsMayReadWithALinkPerLanguage() {
        Map<String, Object> body = new HashMap<>(world.proposal(Instant.now().plus(Duration.ofMinutes(2))));
        body.put("documents", List.of(restricted, general, limited));
        world.circulated(body);
        String to = world.delegateB().username() + "@mission.example";
        await().atMost(Mails.DELIVERY).until(() -> Arrays.stream(MAIL.getReceivedMessages())
                .anyMatch(m -> sentTo(m, to) && subject(m).contains("Silence procedure")));
        MimeMessage mail = Arrays.stream(MAIL.getReceivedMessages()).filter(m -> sentTo(m, to)).findFirst()
                .orElseThrow();
        String text = Mails.plainText(mail);
        String symbol = world.presidency().api().get("/processes/" + world.process() + "/documents/" + general).json()
                .get("symbol").asString();
        assertThat(text).contains("Documents:").contains(symbol + " – Possible elements of the Lausanne Action Plan")
                .contains("/documents/" + address(general) + "/files/en")
                .contains("/documents/" + address(general) + "/files/fr")
                .contains("Draft review document").doesNotContain("Note of the Presidency").doesNotContain(restricted);
    }

    @Test
    void documentsAndLettersOfAnotherProcessOrUnknownAreRefused() {
        SilenceWorld other = SilenceWorld.create(world.admin(), "PT1M");
        String elsewhere = other.document("Elsewhere", "GENERAL", "en");
        String foreignLetter = other.letter("Elsewhere");
        Map<String, Object> body = new HashMap<>(world.proposal(Instant.now().plus(Duration.ofMinutes(2))));
        body.put("documents", List.of(general, elsewhere));
        assertInvalid(unchanged(() -> world.presidency().api().post(world.path(), body)), "documents");
        body.put("documents", List.of(general));
        body.put("announcedWith", foreignLetter);
        assertInvalid(unchanged(() -> world.presidency().api().post(world.path(), body)), "announcedWith");
        body.put("announcedWith", "not-a-letter");
        assertInvalid(unchanged(() -> world.presidency().api().post(world.path(), body)), "announcedWith");
    }

    @Test
    void officersPickTheDocumentsAndTheAnnouncingLetterOnTheDraftingForm() {
        String announcement = world.letter("Announcement of a silence procedure");
        String code = world.admin().get("/processes/" + world.process()).json().get("code").asString();
        WebSession officer = WebSession.signIn(port, world.presidency().username(), Fixtures.PASSWORD);
        String form = officer.get("/processes/" + code + "/silence-procedures").body();
        assertThat(form).contains("name=\"documents\" value=\"" + general + "\"")
                .contains("name=\"documents\" value=\"" + restricted + "\"")
                .contains("<option value=\"" + announcement + "\"");
        HttpResponse<String> drafted = officer.post("/processes/" + code + "/silence-procedures", Map.of(
                "subject", "Date of the First Preparatory Meeting", "proposal", "29 June 2020",
                "deadline", Instant.now().plus(Duration.ofMinutes(10)).atZone(java.time.ZoneId.of("Europe/Zurich"))
                        .toLocalDateTime().truncatedTo(ChronoUnit.MINUTES).toString(),
                "documents", List.of(limited, general), "announcedWith", announcement));
        assertThat(drafted.statusCode()).as(drafted.body()).isEqualTo(302);
        String reference = drafted.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");
        assertThat(reference).as("the draft's readable address").matches("SP\\.\\d+");
        JsonNode p = world.presidency().api().get(world.path()).json().valueStream()
                .filter(procedure -> procedure.get("reference").asString().equals(reference)).findFirst().orElseThrow();
        assertThat(p.get("documents").valueStream().map(JsonNode::asString)).containsExactly(limited, general);
        assertThat(p.get("announcedWith").asString()).isEqualTo(announcement);
    }

    /** A document's part of its readable address: its symbol, else its id. */
    private String address(String document) {
        JsonNode symbol = world.presidency().api().get("/processes/" + world.process() + "/documents/" + document).json()
                .get("symbol");
        return symbol == null || symbol.isNull() ? document : symbol.asString();
    }

    private JsonNode outcomeLetter(String procedure) {
        return world.outcomeLetter(procedure);
    }

    private static boolean sentTo(MimeMessage m, String address) {
        try {
            return m.getAllRecipients()[0].toString().equals(address);
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
