package org.plenary.silence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.support.ApiAssertions.assertForbidden;
import static org.plenary.support.ApiAssertions.assertInvalid;
import static org.plenary.support.ApiAssertions.assertProblem;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryTest;
import org.plenary.support.Api;
import org.plenary.support.Fixtures;

/**
 * Bad input and authorisation: each refused with a clear 4xx, and nothing changed. Who may draft, circulate and
 * withdraw (the officers of the process), object (a State Party's delegate), comment and amend (any delegate).
 */
class SilenceBadInputTest extends PlenaryTest {

    private static final String OFFICERS = "Only the Presidency and the Secretariat of the process may run silence "
            + "procedures";
    private static final String DELEGATES = "Only delegates of a State or organisation may answer a silence procedure";

    private SilenceWorld world;
    private Instant deadline;

    @BeforeEach
    void world() {
        world = SilenceWorld.create(admin(), "PT72H");
        deadline = Instant.now().plus(Duration.ofHours(80));
    }

    @Test
    void aDeadlineInThePastOrShorterThanTheMinimumPeriodIsRefused() {
        assertInvalid(unchanged(() -> world.presidency().api().post(world.path(),
                world.proposal(Instant.now().minusSeconds(60)))), "deadline");
        var problem = assertInvalid(unchanged(() -> world.presidency().api().post(world.path(),
                world.proposal(Instant.now().plus(Duration.ofHours(71))))), "deadline");
        assertThat(problem.get("detail").asString()).contains("at least 72 hours");
        assertInvalid(unchanged(() -> world.presidency().api().post(world.path(), without("deadline"))), "deadline");
        assertInvalid(unchanged(() -> world.presidency().api().post(world.path(), with("deadline", "tomorrow"))),
                "deadline");
    }

    @Test
    void missingTextsAndBadEffectsAreRefused() {
        assertInvalid(unchanged(() -> world.presidency().api().post(world.path(), without("subject"))), "subject");
        assertInvalid(unchanged(() -> world.presidency().api().post(world.path(), with("proposal", " "))), "proposal");
        String elsewhere = SilenceWorld.create(world.admin(), "PT72H").meeting();
        assertInvalid(unchanged(() -> world.presidency().api().post(world.path(), with("effect", Map.of(
                "type", "RESCHEDULE_MEETING", "meetingId", elsewhere, "start", "2020-06-29T10:00:00+02:00",
                "end", "2020-06-29T13:00:00+02:00")))), "effect.meetingId");
        assertInvalid(unchanged(() -> world.presidency().api().post(world.path(), with("effect", Map.of(
                "type", "RESCHEDULE_MEETING", "meetingId", world.meeting(), "start", "2020-06-29T10:00:00+02:00",
                "end", "2020-06-29T09:00:00+02:00")))), "effect.end");
        assertProblem(unchanged(() -> world.presidency().api().post(world.path(), with("effect", Map.of(
                "type", "CANCEL_EVERYTHING", "meetingId", world.meeting())))), 400);
        assertInvalid(unchanged(() -> world.presidency().api().post(world.path(), with("revises", world.meeting()))),
                "revises");
        assertInvalid(unchanged(() -> world.presidency().api().post(world.path(), with("documents",
                java.util.List.of("not-a-document")))), "documents");
    }

    @Test
    void onlyOfficersOfTheProcessDraftCirculateAndWithdraw() {
        Api otherOfficer = Fixtures.anOfficer(world.admin(), Fixtures.aProcess(world.admin()), "PRESIDENCY").api();
        for (Api caller : new Api[] {world.delegateA().api(), otherOfficer}) {
            assertForbidden(unchanged(() -> caller.post(world.path(), world.proposal(deadline))), OFFICERS);
        }
        assertProblem(unchanged(() -> world.admin().anonymous().post(world.path(), world.proposal(deadline))), 401);
        String id = world.presidency().api().post(world.path(), world.proposal(deadline)).json().get("id").asString();
        assertForbidden(unchanged(() -> world.delegateA().api().post(world.path(id) + "/circulate", null)), OFFICERS);
        Api secretariat = Fixtures.anOfficer(world.admin(), world.process(), "SECRETARIAT").api();
        assertThat(secretariat.post(world.path(id) + "/circulate", null).status()).isEqualTo(200);
        assertForbidden(unchanged(() -> world.delegateA().api().post(world.path(id) + "/withdraw",
                Map.of("reason", "Withdrawn"))), OFFICERS);
        assertProblem(unchanged(() -> world.presidency().api().post(world.path(id) + "/circulate", null)), 409);
    }

    @Test
    void objectingToADraftOrTwiceAndAnsweringAsAnOfficerAreRefused() {
        String id = world.presidency().api().post(world.path(), world.proposal(deadline)).json().get("id").asString();
        assertProblem(unchanged(() -> world.delegateA().api().post(world.path(id) + "/objections",
                Map.of("reason", "No"))), 409);
        world.presidency().api().post(world.path(id) + "/circulate", null);
        assertForbidden(unchanged(() -> world.presidency().api().post(world.path(id) + "/comments",
                Map.of("text", "As President"))), DELEGATES);
        assertForbidden(unchanged(() -> world.ngoDelegate().api().post(world.path(id) + "/objections",
                Map.of("reason", "No"))), SilencePolicy.ONLY_STATES_PARTIES);
        assertInvalid(unchanged(() -> world.delegateA().api().post(world.path(id) + "/objections", Map.of())), "reason");
        assertInvalid(unchanged(() -> world.delegateA().api().post(world.path(id) + "/comments",
                Map.of("text", ""))), "text");
        assertThat(world.delegateA().api().post(world.path(id) + "/objections", Map.of("reason", "No")).status())
                .isEqualTo(201);
        world.outcomeLetter(id);
        assertProblem(unchanged(() -> world.delegateA().api().post(world.path(id) + "/objections",
                Map.of("reason", "No again"))), 409);
        assertProblem(unchanged(() -> world.presidency().api().post(world.path(id) + "/withdraw",
                Map.of("reason", "Withdrawn"))), 409);
    }

    @Test
    void aStateThatBecomesPartyAfterCirculationMayNotObject() {
        String id = world.circulated(world.proposal(deadline));
        Fixtures.recordStatus(world.admin(), world.treaty(), world.signatory(), "STATE_PARTY",
                java.time.LocalDate.now().toString());
        assertForbidden(unchanged(() -> world.signatoryDelegate().api().post(world.path(id) + "/objections",
                Map.of("reason", "Now a State Party"))), SilencePolicy.ONLY_STATES_PARTIES);
    }

    @Test
    void unknownProceduresAndProceduresOfAnotherProcessDoNotExist() {
        String id = world.circulated(world.proposal(deadline));
        SilenceWorld other = SilenceWorld.create(world.admin(), "PT72H");
        assertProblem(unchanged(() -> other.presidency().api().post(other.path(id) + "/withdraw",
                Map.of("reason", "Withdrawn"))), 404);
        assertProblem(unchanged(() -> world.delegateA().api().post(world.path("nonsense") + "/objections",
                Map.of("reason", "No"))), 404);
        assertProblem(world.delegateA().api().get(world.path(id) + "/receipts/nonsense"), 404);
    }

    private Map<String, Object> with(String field, Object value) {
        Map<String, Object> body = new HashMap<>(world.proposal(deadline));
        body.put(field, value);
        return body;
    }

    private Map<String, Object> without(String field) {
        Map<String, Object> body = new HashMap<>(world.proposal(deadline));
        body.remove(field);
        return body;
    }
}
