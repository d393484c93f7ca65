package org.plenary.silence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.plenary.support.ApiAssertions.assertCreated;
import static org.plenary.support.ApiAssertions.assertForbidden;
import static org.plenary.support.ApiAssertions.assertProblem;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryTest;
import org.plenary.support.Mails;
import org.plenary.support.Api;
import org.plenary.support.Rfc9162;
import org.plenary.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The lifecycle of a silence procedure over HTTP on PostgreSQL: drafted, circulated (e-mail to every delegate),
 * adopted by itself at its deadline with its effect and outcome letter, or broken at once by a State Party's
 * objection. Time is moved with the test clock and the deadline timer is armed again, not waited for.
 */
class SilenceApiTest extends PlenaryTest {

    @Autowired
    TestClock clock;

    @Autowired
    DeadlineTimers timers;

    @Autowired
    ConcludeProcedure conclude;

    @Autowired
    RemindDelegations remind;

    private SilenceWorld world;

    @BeforeEach
    void world() {
        world = SilenceWorld.create(admin(), "PT1M");
    }

    @AfterEach
    void realTimeAndNothingLeftOpen() {
        clock.reset();
        world.withdrawOpen();
    }

    @Test
    void withoutObjectionTheProcedureIsAdoptedAtItsDeadlineMovesTheMeetingAndDraftsTheOutcomeLetter() throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2)).truncatedTo(ChronoUnit.SECONDS);
        Api.Response drafted = world.presidency().api().post(world.path(), world.proposal(deadline));
        JsonNode draft = assertCreated(drafted, world.path());
        assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
        assertThat(draft.get("reference").asString()).isEqualTo("SP.1");
        assertThat(OffsetDateTime.parse(draft.get("deadline").asString()).toInstant()).isEqualTo(deadline);
        String id = draft.get("id").asString();
        assertProblem(world.delegateA().api().get(world.path(id)), 404);

        JsonNode open = world.presidency().api().post(world.path(id) + "/circulate", null).json();
        assertThat(open.get("status").asString()).isEqualTo("OPEN");
        assertThat(open.get("circulatedAt").isNull()).isFalse();
        assertThat(open.get("eligible").valueStream().map(e -> e.get("participantId").asString()))
                .containsExactlyInAnyOrder(world.partyA(), world.partyB());
        await().atMost(Duration.ofSeconds(120)).until(() -> recipients().contains(world.delegateA().username()
                + "@mission.example") && recipients().contains(world.ngoDelegate().username() + "@mission.example"));

        JsonNode comment = created(world.signatoryDelegate().api().post(world.path(id) + "/comments",
                Map.of("text", "Angola supports the new date.")));
        assertThat(comment.get("breaksSilence").asBoolean()).isFalse();
        assertForbidden(world.signatoryDelegate().api().post(world.path(id) + "/objections", Map.of("reason", "No")),
                SilencePolicy.ONLY_STATES_PARTIES);
        assertThat(world.presidency().api().get(world.path(id)).json().get("status").asString()).isEqualTo("OPEN");

        clock.setTo(deadline);
        timers.arm(SilenceProcedureId.parse(id), deadline);
        await().atMost(Duration.ofSeconds(10)).until(() ->
                world.presidency().api().get(world.path(id)).json().get("status").asString().equals("ADOPTED"));
        JsonNode letter = world.outcomeLetter(id);
        JsonNode adopted = world.presidency().api().get(world.path(id)).json();
        assertThat(OffsetDateTime.parse(adopted.get("concludedAt").asString()).toInstant()).isEqualTo(deadline);
        assertThat(adopted.get("comments").size()).isEqualTo(1);
        assertThat(adopted.get("effectResult").asString()).startsWith("The meeting \"First Preparatory Meeting\" is "
                + "moved to 29 June 2020, 10:00");

        JsonNode meeting = world.presidency().api().get("/processes/" + world.process() + "/meetings/" + world.meeting())
                .json();
        assertThat(OffsetDateTime.parse(meeting.get("start").asString()).toInstant())
                .isEqualTo(Instant.parse("2020-06-29T08:00:00Z"));
        assertThat(meeting.get("dateHistory").get(0).get("decision").asString()).contains("SP.1").contains(id);

        assertThat(letter.get("id").asString()).isEqualTo(adopted.get("outcomeLetterId").asString());
        assertThat(letter.get("status").asString()).isEqualTo("DRAFT");
        assertThat(letter.get("body").asString()).contains("No objection was received by the deadline; the decision "
                + "is adopted").contains("Angola supports the new date.");
        assertThat(letter.get("addressees").size()).isEqualTo(4);

        assertProblem(world.delegateA().api().post(world.path(id) + "/objections", Map.of("reason", "Too late")), 409);
        assertThat(count("select count(*) from audit_entry where object_id = ? and action = 'silence.procedure.adopted'",
                id)).isEqualTo(1);
        assertThat(conclude.atDeadline(SilenceProcedureId.parse(id))).isEqualTo(ConcludeProcedure.Result.NOTHING_TO_DO);
        assertThat(count("select count(*) from audit_entry where object_id = ? and action = 'silence.procedure.adopted'",
                id)).as("concluding again changes nothing").isEqualTo(1);
    }

    @Test
    void anObjectionOfAStatePartyBreaksSilenceAtOnceAndLaterObjectionsAreStillRecorded() {
        String id = world.circulated(world.proposal(Instant.now().plus(Duration.ofMinutes(2))));
        JsonNode objection = created(world.delegateA().api().post(world.path(id) + "/objections",
                Map.of("reason", "We cannot attend on 29 June.")));
        assertThat(objection.get("breaksSilence").asBoolean()).isTrue();
        JsonNode broken = world.presidency().api().get(world.path(id)).json();
        assertThat(broken.get("status").asString()).isEqualTo("BROKEN");
        assertThat(broken.get("concludedAt").asString()).isNotBlank();
        JsonNode letter = world.outcomeLetter(id);
        assertThat(letter.get("body").asString()).contains("Silence was broken by").contains("We cannot attend");

        assertProblem(world.delegateA().api().post(world.path(id) + "/objections", Map.of("reason", "Again")), 409);
        JsonNode second = created(world.delegateB().api().post(world.path(id) + "/objections", Map.of("reason", "Also")));
        assertThat(second.get("breaksSilence").asBoolean()).isTrue();
        JsonNode objections = world.delegateA().api().get(world.path(id)).json().get("objections");
        assertThat(objections.size()).isEqualTo(2);
        assertThat(objections.get(0).get("participantId").asString()).isEqualTo(world.partyA());
        assertThat(objections.get(0).get("reason").asString()).isEqualTo("We cannot attend on 29 June.");
        assertThat(objections.get(0).get("at").asString()).isNotBlank();
        assertThat(objections.get(0).get("participantName").asString()).isNotBlank();

        String reference = objection.get("receipt").get("reference").asString();
        JsonNode check = world.delegateA().api().get(world.path(id) + "/receipts/" + reference).json();
        assertThat(check.get("valid").asBoolean()).isTrue();
        long entry = objection.get("receipt").get("auditEntry").asLong();
        assertThat(check.get("auditEntry").asLong()).isEqualTo(entry);
        assertThat(count("select count(*) from audit_entry where id = ? and object_id = ?", entry, reference)).isOne();
        JsonNode integrated = await().atMost(Duration.ofSeconds(20)).until(() -> world.delegateA().api()
                .get(world.path(id) + "/receipts/" + reference).json(), c -> !c.path("auditIndex").isNull());
        assertThat(integrated.get("valid").asBoolean()).isTrue();
        JsonNode head = integrated.get("treeHead");
        assertThat(Rfc9162.verifyTreeHead(head.get("treeSize").asLong(), head.get("rootHash").asString(),
                head.get("timestamp").asString(), head.get("signature").asString(), head.get("publicKey").asString()))
                .isTrue();
        assertThat(Rfc9162.verifyInclusion(integrated.get("auditIndex").asLong(), head.get("treeSize").asLong(),
                Rfc9162.leafHash(Base64.getDecoder().decode(integrated.get("leafInput").asString())),
                integrated.get("auditPath").valueStream().map(h -> Base64.getDecoder().decode(h.asString())).toList(),
                Base64.getDecoder().decode(head.get("rootHash").asString()))).isTrue();

        clock.advance(Duration.ofMinutes(3));
        timers.arm(SilenceProcedureId.parse(id), Instant.now());
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() ->
                world.presidency().api().get(world.path(id)).json().get("status").asString().equals("BROKEN"));
        JsonNode meeting = world.presidency().api().get("/processes/" + world.process() + "/meetings/" + world.meeting())
                .json();
        assertThat(meeting.get("dateHistory").size()).as("a broken procedure moves nothing").isZero();
    }

    @Test
    void anObjectionReceivedAtTheDeadlineInstantIsLate() {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2)).truncatedTo(ChronoUnit.SECONDS);
        String id = world.circulated(world.proposal(deadline));
        clock.setTo(deadline.minusNanos(1000));
        created(world.delegateB().api().post(world.path(id) + "/comments", Map.of("text", "Just in time")));
        clock.setTo(deadline);
        JsonNode late = assertProblem(world.delegateA().api().post(world.path(id) + "/objections",
                Map.of("reason", "At the deadline")), 409);
        assertThat(late.get("detail").asString()).as("refused as late, or because the timer adopted it at that instant")
                .matches("Too late.*|.*has been adopted");
        await().atMost(Duration.ofSeconds(5)).until(() ->
                world.presidency().api().get(world.path(id)).json().get("status").asString().equals("ADOPTED"));
        assertThat(world.presidency().api().get(world.path(id)).json().get("objections").size()).isZero();
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyIsAnsweredWithTheFirstResult() {
        String id = world.circulated(world.proposal(Instant.now().plus(Duration.ofMinutes(2))));
        Api keyed = world.delegateA().api().withHeader("Idempotency-Key", "objection-1");
        JsonNode first = created(keyed.post(world.path(id) + "/objections", Map.of("reason", "Objection")));
        JsonNode retry = created(keyed.post(world.path(id) + "/objections", Map.of("reason", "Objection")));
        assertThat(retry.get("id").asString()).isEqualTo(first.get("id").asString());
        // The same receipt; its place in the audit log (auditIndex) may have been given by the sequencer meanwhile.
        for (String field : List.of("reference", "receivedAt", "auditEntry")) {
            assertThat(retry.get("receipt").get(field)).as(field).isEqualTo(first.get("receipt").get(field));
        }
        assertThat(count("select count(*) from silence_response where procedure = ?::uuid", id)).isEqualTo(1);
        assertProblem(keyed.post(world.path(id) + "/comments", Map.of("text", "Same key")), 409);
    }

    @Test
    void aProposedAmendmentBreaksSilenceOnlyWhenTheProcedureSaysSo() {
        Map<String, Object> breaking = new HashMap<>(world.proposal(Instant.now().plus(Duration.ofMinutes(2))));
        breaking.put("amendmentsBreakSilence", true);
        String strict = world.circulated(breaking);
        String lenient = world.circulated(world.proposal(Instant.now().plus(Duration.ofMinutes(2))));
        Map<String, String> amendment = Map.of("text", "on 30 June 2020", "reason", "A holiday on 29 June");

        JsonNode fromSignatory = created(world.signatoryDelegate().api().post(world.path(strict) + "/amendments", amendment));
        assertThat(fromSignatory.get("breaksSilence").asBoolean()).isFalse();
        assertThat(created(world.delegateA().api().post(world.path(lenient) + "/amendments", amendment))
                .get("breaksSilence").asBoolean()).isFalse();
        assertThat(world.presidency().api().get(world.path(lenient)).json().get("status").asString()).isEqualTo("OPEN");
        assertThat(created(world.delegateA().api().post(world.path(strict) + "/amendments", amendment))
                .get("breaksSilence").asBoolean()).isTrue();
        assertThat(world.presidency().api().get(world.path(strict)).json().get("status").asString()).isEqualTo("BROKEN");
    }

    @Test
    void aWithdrawnProcedureTakesNoObjectionAndCannotBeWithdrawnTwice() {
        String id = world.circulated(world.proposal(Instant.now().plus(Duration.ofMinutes(2))));
        unchanged(() -> assertProblemAnd(world.presidency().api().post(world.path(id) + "/withdraw", null), 400));
        unchanged(() -> assertProblemAnd(world.presidency().api().post(world.path(id) + "/withdraw",
                Map.of("reason", "  ")), 400));
        JsonNode withdrawn = world.presidency().api().post(world.path(id) + "/withdraw",
                Map.of("reason", "The venue is no longer available.")).json();
        assertThat(withdrawn.get("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(world.delegateA().api().get(world.path(id)).json().get("withdrawalReason").asString())
                .isEqualTo("The venue is no longer available.");
        assertThat(count("select count(*) from audit_entry where action = 'silence.procedure.withdrawn' "
                + "and object_id = ? and after like '%The venue is no longer available.%'", id)).isEqualTo(1);
        unchanged(() -> assertProblemAnd(world.delegateA().api().post(world.path(id) + "/objections",
                Map.of("reason", "No")), 409));
        unchanged(() -> assertProblemAnd(world.presidency().api().post(world.path(id) + "/withdraw",
                Map.of("reason", "Again")), 409));
        assertThat(world.presidency().api().get(world.path(id)).json().get("outcomeLetterId").isNull()).isTrue();
    }

    @Test
    void aBrokenProcedureCanBeFollowedByARevisedProposal() {
        String id = world.circulated(world.proposal(Instant.now().plus(Duration.ofMinutes(2))));
        created(world.delegateA().api().post(world.path(id) + "/objections", Map.of("reason", "No")));
        Map<String, Object> revised = new HashMap<>(world.proposal(Instant.now().plus(Duration.ofMinutes(2))));
        revised.put("revises", id);
        JsonNode next = assertCreated(world.presidency().api().post(world.path(), revised), world.path());
        assertThat(next.get("revises").asString()).isEqualTo(id);
        assertThat(world.presidency().api().get(world.path()).json().size()).isEqualTo(2);
        assertThat(world.delegateA().api().get(world.path()).json().size()).as("drafts are the officers' own")
                .isEqualTo(1);
    }

    @Test
    void aReceiptNoLongerChecksOutWhenTheStoredAnswerIsAltered() {
        String id = world.circulated(world.proposal(Instant.now().plus(Duration.ofMinutes(2))));
        JsonNode comment = created(world.ngoDelegate().api().post(world.path(id) + "/comments",
                Map.of("text", "We welcome the proposal.")));
        String receipt = world.path(id) + "/receipts/" + comment.get("receipt").get("reference").asString();
        assertThat(world.presidency().api().get(receipt).json().get("valid").asBoolean()).isTrue();
        jdbc.sql("update silence_response set text = 'We oppose the proposal.' where id = ?::uuid")
                .param(comment.get("id").asString()).update();
        JsonNode check = world.presidency().api().get(receipt).json();
        assertThat(check.get("valid").asBoolean()).isFalse();
        assertThat(check.get("problem").asString()).contains("differs");
    }

    @Test
    void theDeadlinesOfCirculatedProceduresAreInTheProcessCalendar() {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2)).truncatedTo(ChronoUnit.SECONDS);
        String id = world.circulated(world.proposal(deadline));
        world.presidency().api().post(world.path(), world.proposal(deadline));
        String ics = world.admin().anonymous().get("/processes/" + world.process() + "/calendar.ics").text();
        assertThat(ics).contains("UID:" + id + "@plenary-silence").contains("Silence procedure SP.1 ends")
                .doesNotContain("SP.2");
    }

    @Test
    void everyDelegateIsToldOfTheProposalAndRemindedOnceWithTheDeadlineInTheProcessZoneAndInUtc() throws Exception {
        String id = world.circulated(world.proposal(Instant.now().plus(Duration.ofMinutes(2))));
        remind.remind(SilenceProcedureId.parse(id));
        remind.remind(SilenceProcedureId.parse(id));
        String to = world.signatoryDelegate().username() + "@mission.example";
        await().atMost(Mails.DELIVERY).until(() -> mailsTo(to).size() == 2);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4)).until(() -> mailsTo(to).size() == 2);
        assertThat(mailsTo(to)).extracting(MimeMessage::getSubject).anyMatch(s -> s.contains("] Silence procedure: "))
                .anyMatch(s -> s.contains("] Reminder: "));
        String body = GreenMailUtil.getBody(mailsTo(to).getFirst());
        assertThat(body).contains("Geneva time (UTC+").contains(" UTC").contains("29 June 2020");
        assertThat(count("select count(*) from audit_entry where object_id = ? and action = 'silence.procedure.reminded'",
                id)).isEqualTo(1);
    }

    @Test
    void thePublicSeesCirculatedProceduresAndTheirStatusButNeitherDraftsNorAnswers() throws Exception {
        String id = world.circulated(world.proposal(Instant.now().plus(Duration.ofMinutes(2))));
        created(world.ngoDelegate().api().post(world.path(id) + "/comments", Map.of("text", "A comment for members")));
        String draft = world.presidency().api().post(world.path(), world.proposal(Instant.now()
                .plus(Duration.ofMinutes(2)))).json().get("id").asString();
        String code = world.admin().get("/processes/" + world.process()).json().get("code").asString();
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        Function<String, HttpResponse<String>> anonymous = path -> {
            try {
                return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/processes/" + code + "/silence-procedures" + path)).build(),
                        HttpResponse.BodyHandlers.ofString());
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        };
        assertThat(anonymous.apply("").body()).contains("SP.1").doesNotContain("SP.2");
        HttpResponse<String> page = anonymous.apply("/" + id);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Date of the First Preparatory Meeting").doesNotContain("A comment for members");
        assertThat(anonymous.apply("/" + draft).statusCode()).isEqualTo(404);
    }

    /** The e-mails about silence procedures to {@code address} (their subject names the process and procedure). */
    private List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(MAIL.getReceivedMessages()).filter(m -> to(m).equals(address))
                .filter(m -> subject(m).startsWith("[")).toList();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Api.Response assertProblemAnd(Api.Response response, int status) {
        assertProblem(response, status);
        return response;
    }

    private static JsonNode created(Api.Response response) {
        assertThat(response.status()).as("status of %s", response).isEqualTo(201);
        assertThat(response.header("Location")).contains("/receipts/");
        return response.json();
    }

    private List<String> recipients() throws Exception {
        return Arrays.stream(MAIL.getReceivedMessages()).map(SilenceApiTest::to).toList();
    }

    private static String to(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
