package org.plenary.consultations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.consultations.ConsultationWorld.amend;
import static org.plenary.consultations.ConsultationWorld.newConsultation;
import static org.plenary.consultations.ConsultationWorld.position;
import static org.plenary.support.ApiAssertions.assertCreated;
import static org.plenary.support.ApiAssertions.assertInvalid;
import static org.plenary.support.ApiAssertions.assertProblem;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryTest;
import org.plenary.support.Mails;
import org.plenary.support.Api;
import tools.jackson.databind.JsonNode;

/** The consultation lifecycle over HTTP: open, submit and resubmit, compile, close early, extend. */
class ConsultationApiTest extends PlenaryTest {

    private ConsultationWorld world;

    @BeforeEach
    void world() {
        world = new ConsultationWorld(admin());
    }

    @Test
    void delegationsGiveViewsAndTheCompilationCountsEachParticipantOncePerCategory() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Api.Response created = world.presidency.api().post(world.path(),
                newConsultation(now.minus(1, ChronoUnit.HOURS), now.plus(2, ChronoUnit.DAYS)));
        JsonNode consultation = assertCreated(created, world.path().replace("/processes/" + world.process,
                "/processes/" + world.process));
        assertThat(consultation.get("status").asString()).isEqualTo("OPEN");
        assertThat(consultation.get("elements").get(2).get("ref").asString()).isEqualTo("12 (d)");
        String path = world.path() + "/" + consultation.get("id").asString();

        Api.Response first = world.delegateA.api().put(path + "/submissions/mine", Map.of(
                "positions", List.of(position("1", "RETAIN"), amend("2", "Destroy stockpiles within six years."))));
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        Api.Response second = world.delegateA.api().put(path + "/submissions/mine", Map.of(
                "positions", List.of(position("1", "RETAIN"), amend("2", "Destroy all stockpiles within six years.")),
                "missing", List.of(Map.of("text", "Universalise the Convention.", "after", "1")),
                "answers", List.of(Map.of("question", "Q1", "text", "Hectares released."))));
        assertThat(second.json().get("version").asInt()).isEqualTo(2);
        world.delegateB.api().put(path + "/submissions/mine", Map.of("positions", List.of(position("1", "DELETE"),
                amend("2", "Destroy all stockpiles within six years")),
                "missing", List.of(Map.of("text", "universalise the Convention", "after", "1"))));
        world.delegateSignatory.api().put(path + "/submissions/mine", Map.of("positions",
                List.of(position("1", "RETAIN"), Map.of("element", "12 (d)", "stance", "RETAIN", "comment", "Key"))));
        world.delegateOrganisation.api().put(path + "/submissions/mine", Map.of("positions",
                List.of(amend("1", "Clear all cluster munition remnants within ten years."))));

        JsonNode mine = world.delegateA.api().get(path + "/submissions/mine").json();
        assertThat(mine.get("positions").get(1).get("proposedText").asString())
                .isEqualTo("Destroy all stockpiles within six years.");
        JsonNode history = world.delegateA.api().get(path + "/submissions/mine/history").json();
        assertThat(history.size()).isEqualTo(2);
        assertThat(history.get(1).get("submittedBy").asString()).isEqualTo(world.delegateA.username());

        JsonNode theirs = world.presidency.api().get(path + "/submissions/" + world.partyA + "/history").json();
        assertThat(theirs.size()).isEqualTo(2);
        assertThat(theirs.get(0).get("content").get("positions").get(1).get("proposedText").asString())
                .isEqualTo("Destroy all stockpiles within six years.");
        assertThat(theirs.get(1).get("content").get("positions").get(1).get("proposedText").asString())
                .isEqualTo("Destroy stockpiles within six years.");
        assertProblem(world.delegateB.api().get(path + "/submissions/" + world.partyA + "/history"), 403);

        JsonNode compilation = world.secretariat.api().get(path + "/compilation").json();
        assertThat(compilation.get("respondents").asInt()).isEqualTo(4);
        assertThat(compilation.get("respondentsByCategory").get("STATE_PARTY").asInt()).isEqualTo(2);
        JsonNode one = compilation.get("elements").get(0);
        assertThat(List.of(one.get("retain").asInt(), one.get("amend").asInt(), one.get("delete").asInt()))
                .containsExactly(2, 1, 1);
        assertThat(one.get("byCategory").get("STATE_PARTY").get("retain").asInt()).isEqualTo(1);
        assertThat(one.get("byCategory").get("STATE_PARTY").get("delete").asInt()).isEqualTo(1);
        assertThat(one.get("byCategory").get("SIGNATORY_STATE").get("retain").asInt()).isEqualTo(1);
        assertThat(one.get("byCategory").get("OBSERVER_ORGANISATION").get("amend").asInt()).isEqualTo(1);
        JsonNode amendment = one.get("positions").valueStream()
                .filter(p -> p.get("stance").asString().equals("AMEND")).findFirst().orElseThrow();
        assertThat(amendment.get("category").asString()).isEqualTo("OBSERVER_ORGANISATION");
        assertThat(amendment.get("changes").valueStream().map(c -> c.get("kind").asString() + ":" + c.get("text").asString()))
                .contains("DELETED:as soon as possible", "INSERTED:within ten years");
        JsonNode two = compilation.get("elements").get(1);
        assertThat(two.get("amend").asInt()).isEqualTo(2);
        assertThat(two.get("similarAmendments").size()).as("the same text, but for a full stop").isEqualTo(1);
        assertThat(compilation.get("missingGrouped").get(0).get("after").asString()).isEqualTo("1");
        assertThat(compilation.get("missingGrouped").get(0).get("proposals").size()).isEqualTo(1);
        assertThat(compilation.get("missing").size()).isEqualTo(2);
        assertThat(compilation.get("answers").get(0).get("answers").get(0).get("text").asString())
                .isEqualTo("Hectares released.");

        JsonNode parties = world.presidency.api().get(path + "/compilation?category=STATE_PARTY&stance=DELETE").json();
        assertThat(parties.get("respondents").asInt()).isEqualTo(2);
        assertThat(parties.get("elements").get(0).get("positions").size()).isEqualTo(1);
        assertThat(parties.get("elements").get(0).get("retain").asInt()).isEqualTo(1);
        assertInvalid(world.presidency.api().get(path + "/compilation?stance=MAYBE"), "stance");
        assertThat(count("select count(*) from audit_entry where action = 'consultations.submission.submitted' "
                + "and object_id = ?", consultation.get("id").asString())).isEqualTo(5);
    }

    @Test
    void aGroupStatementListsItsMembersAndOnlyAMemberMakesIt() {
        String path = world.anOpenConsultation();
        Map<String, Object> group = Map.of("name", "European Union", "members", List.of(world.partyA, world.partyB));
        Api.Response made = world.delegateA.api().put(path + "/submissions/mine",
                Map.of("positions", List.of(position("1", "RETAIN")), "onBehalfOf", group));
        assertThat(made.status()).as(made.toString()).isEqualTo(200);
        assertThat(made.json().get("onBehalfOf").get("members").size()).isEqualTo(2);

        Api.Response outsider = unchanged(() -> world.delegateOrganisation.api().put(path + "/submissions/mine",
                Map.of("positions", List.of(position("1", "RETAIN")), "onBehalfOf", group)));
        assertProblem(outsider, 403);
        assertThat(outsider.json().get("detail").asString()).isEqualTo(ConsultationPolicy.OWN_GROUP);
        assertInvalid(unchanged(() -> world.delegateA.api().put(path + "/submissions/mine", Map.of("onBehalfOf",
                Map.of("name", "EU", "members", List.of("not-a-participant"))))), "onBehalfOf.members");
        JsonNode view = world.presidency.api().get(path + "/compilation").json().get("elements").get(0)
                .get("positions").get(0);
        assertThat(view.get("onBehalfOf").asString()).isEqualTo("European Union");
    }

    @Test
    void simultaneousSubmissionsOfOneDelegationAreKeptOneAfterTheOther() throws Exception {
        String path = world.anOpenConsultation();
        List<Callable<Api.Response>> saves = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String text = "Destroy stockpiles within " + (i + 2) + " years.";
            saves.add(() -> world.delegateA.api().put(path + "/submissions/mine",
                    Map.of("positions", List.of(amend("2", text)))));
        }
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (var answer : threads.invokeAll(saves)) {
                assertThat(answer.get().status()).as(answer.get().toString()).isEqualTo(200);
            }
        }
        String id = path.substring(path.lastIndexOf('/') + 1);
        assertThat(count("select count(*) from consultation_submission where consultation = ?::uuid", id)).isEqualTo(1);
        assertThat(count("select count(distinct version) from consultation_submission_version where consultation = "
                + "?::uuid", id)).isEqualTo(6);
        assertThat(world.presidency.api().get(path + "/compilation").json().get("elements").get(1).get("amend").asInt())
                .isEqualTo(1);
    }

    @Test
    void refusesBadViewsAndChangesNothing() {
        String path = world.anOpenConsultation();
        Api delegate = world.delegateA.api();
        String mine = path + "/submissions/mine";
        assertInvalid(unchanged(() -> delegate.put(mine, Map.of("positions", List.of(position("99", "RETAIN"))))),
                "positions[0].element");
        assertInvalid(unchanged(() -> delegate.put(mine, Map.of("positions", List.of(position("1", "RETAIN"),
                position("1", "DELETE"))))), "positions[1].element");
        assertInvalid(unchanged(() -> delegate.put(mine, Map.of("positions", List.of(position("2", "AMEND"))))),
                "positions[0].proposedText");
        assertInvalid(unchanged(() -> delegate.put(mine, Map.of("answers", List.of(Map.of("question", "Q9",
                "text", "?"))))), "answers[0].question");
        assertInvalid(unchanged(() -> delegate.put(mine, Map.of("positions", List.of(amend("2", "x".repeat(10_001)))))),
                "positions[0].proposedText");
        assertInvalid(unchanged(() -> delegate.put(mine, Map.of("missing", List.of(Map.of("text", "More",
                "after", "7"))))), "missing[0].after");
        assertProblem(unchanged(() -> delegate.put(mine, Map.of("positions", List.of(Map.of("element", "1",
                "stance", "MAYBE"))))), 400);
        assertProblem(unchanged(() -> delegate.put(world.path() + "/" + java.util.UUID.randomUUID()
                + "/submissions/mine", Map.of())), 404);
        assertProblem(delegate.get(mine), 404);
    }

    @Test
    void refusesBadConsultationsAndChangesNothing() {
        Instant now = Instant.now();
        Api officer = world.presidency.api();
        Map<String, Object> valid = newConsultation(now, now.plus(1, ChronoUnit.DAYS));
        assertInvalid(unchanged(() -> officer.post(world.path(), with(valid, "elements", List.of()))), "elements");
        assertInvalid(unchanged(() -> officer.post(world.path(), with(valid, "elements", List.of(
                Map.of("ref", "1", "text", "One"), Map.of("ref", "1", "text", "Again"))))), "elements[1].ref");
        assertInvalid(unchanged(() -> officer.post(world.path(), with(valid, "elements", List.of(
                Map.of("ref", "1", "text", " "))))), "elements[0].text");
        assertInvalid(unchanged(() -> officer.post(world.path(), with(valid, "elements", List.of(
                Map.of("ref", "1", "text", "y".repeat(10_001)))))), "elements[0].text");
        assertInvalid(unchanged(() -> officer.post(world.path(), with(valid, "closes", now.minusSeconds(60).toString()))),
                "closes");
        assertInvalid(unchanged(() -> officer.post(world.path(), with(valid, "title", ""))), "title");
        assertInvalid(unchanged(() -> officer.post(world.path(), with(valid, "title", "Two\nlines"))), "title");
        assertInvalid(unchanged(() -> officer.post(world.path(), with(valid, "elements", List.of(
                Map.of("ref", "1", "text", "Nul \u0000 character"))))), "elements[0].text");
        assertInvalid(unchanged(() -> officer.post(world.path(), with(valid, "elements", List.of(
                Map.of("ref", "1".repeat(31), "text", "Long reference"))))), "elements[0].ref");
        assertInvalid(unchanged(() -> officer.post(world.path(), with(valid, "documentId",
                java.util.UUID.randomUUID().toString()))), "documentId");
    }

    @Test
    void viewsAreTakenOnlyBetweenOpeningAndClosingWhichOfficersMayMoveWithNotice() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String later = world.path() + "/" + world.presidency.api().post(world.path(),
                newConsultation(now.plus(1, ChronoUnit.DAYS), now.plus(3, ChronoUnit.DAYS))).json().get("id").asString();
        Map<String, Object> views = Map.of("positions", List.of(position("1", "RETAIN")));
        assertProblem(unchanged(() -> world.delegateA.api().put(later + "/submissions/mine", views)), 409);

        String open = world.anOpenConsultation();
        Instant closes = now.plus(5, ChronoUnit.DAYS);
        Api.Response extended = world.secretariat.api().post(open + "/extend", Map.of("closes", closes.toString()));
        assertThat(extended.status()).as(extended.toString()).isEqualTo(200);
        assertThat(Instant.parse(extended.json().get("closes").asString())).isEqualTo(closes);
        assertInvalid(unchanged(() -> world.secretariat.api().post(open + "/extend",
                Map.of("closes", now.toString()))), "closes");
        long notices = count("select count(*) from consultation_notice n join consultation c on c.id = n.consultation "
                + "where c.process = ?::uuid", world.process);
        assertThat(notices).as("one e-mail per delegate account").isGreaterThanOrEqualTo(4);

        // Unfolded (RFC 5545 §3.1): long lines come folded at 75 octets.
        String ics = api().get("/processes/" + world.process + "/calendar.ics").text().replaceAll("\r\n[ \t]", "");
        assertThat(ics).contains("consultation-" + open.substring(open.lastIndexOf('/') + 1) + "@plenary",
                "Consultation closes: Possible elements of the Lausanne Action Plan", "SEQUENCE:1");
        await().atMost(Mails.DELIVERY).until(() -> Arrays.stream(MAIL.getReceivedMessages()).anyMatch(m ->
                recipient(m).equals(world.delegateB.username() + "@mission.example") && subject(m).startsWith(
                        "Consultation extended: ")));

        assertInvalid(unchanged(() -> world.presidency.api().post(open + "/close", null)), "reason");
        assertInvalid(unchanged(() -> world.presidency.api().post(open + "/close", Map.of("reason", " "))), "reason");
        String reason = "The Bureau agreed to compile the views received so far.";
        Api.Response closed = world.presidency.api().post(open + "/close", Map.of("reason", reason));
        assertThat(closed.json().get("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.json().get("closedEarly").asBoolean()).isTrue();
        assertThat(count("select count(*) from audit_entry where action = 'consultations.consultation.closed' "
                + "and process = ?::uuid and after like ?", world.process, "%" + reason + "%")).isEqualTo(1);
        await().atMost(Mails.DELIVERY).until(() -> Arrays.stream(MAIL.getReceivedMessages()).anyMatch(m ->
                recipient(m).equals(world.delegateB.username() + "@mission.example")
                        && subject(m).startsWith("Consultation closed: ")
                        && GreenMailUtil.getBody(m).replace("=\r\n", "").contains("Reason: " + reason)));
        assertProblem(unchanged(() -> world.delegateA.api().put(open + "/submissions/mine", views)), 409);
        assertProblem(unchanged(() -> world.presidency.api().post(open + "/close", Map.of("reason", reason))), 409);
        assertProblem(unchanged(() -> world.presidency.api().post(open + "/extend",
                Map.of("closes", closes.plus(1, ChronoUnit.DAYS).toString()))), 409);
        assertThat(count("select count(*) from audit_entry where action in ('consultations.consultation.closed', "
                + "'consultations.consultation.extended') and process = ?::uuid", world.process)).isEqualTo(2);
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

    private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> changed = new java.util.HashMap<>(body);
        changed.put(key, value);
        return changed;
    }
}
