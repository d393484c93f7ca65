package org.plenary.silence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.plenary.processes.OfficerRole;
import org.plenary.processes.ProcessId;
import org.plenary.shared.Actor;
import org.plenary.shared.ConflictException;
import org.plenary.shared.Verdict;

/** Who may break silence, what counts as late, and when amendments break silence. */
class SilencePolicyTest {

    private static final Instant DEADLINE = Instant.parse("2020-06-12T16:00:00Z");
    private static final Actor DELEGATE = new Actor(UUID.randomUUID(), "delegate.che", "Swiss delegate",
            UUID.randomUUID(), false);
    private static final Actor OFFICER = new Actor(UUID.randomUUID(), "president", "President", null, false);

    @Test
    void onlyTheOfficersOfTheProcessRunProcedures() {
        assertThat(SilencePolicy.mayManage(Optional.of(OfficerRole.PRESIDENCY)).allowed()).isTrue();
        assertThat(SilencePolicy.mayManage(Optional.of(OfficerRole.SECRETARIAT)).allowed()).isTrue();
        assertThat(SilencePolicy.mayManage(Optional.empty()).allowed()).isFalse();
    }

    @Test
    void aStatePartyAtCirculationMayObject() {
        assertThat(SilencePolicy.mayRespond(DELEGATE, ResponseKind.OBJECTION, true).allowed()).isTrue();
    }

    @Test
    void rejectsObjectionFromADelegationThatWasNoStatePartyAtCirculation() {
        assertThat(SilencePolicy.mayRespond(DELEGATE, ResponseKind.OBJECTION, false))
                .isEqualTo(Verdict.refused(SilencePolicy.ONLY_STATES_PARTIES)
                        .withKey("refusal.silence.onlyStatesParties"));
    }

    @Test
    void anyDelegateMayCommentOrProposeAnAmendmentButNoOfficerAsSuch() {
        assertThat(SilencePolicy.mayRespond(DELEGATE, ResponseKind.COMMENT, false).allowed()).isTrue();
        assertThat(SilencePolicy.mayRespond(DELEGATE, ResponseKind.AMENDMENT, false).allowed()).isTrue();
        assertThat(SilencePolicy.mayRespond(OFFICER, ResponseKind.COMMENT, false).allowed()).isFalse();
        assertThat(SilencePolicy.mayRespond(OFFICER, ResponseKind.OBJECTION, true).allowed()).isFalse();
    }

    @Test
    void onlyAnEligibleStatesObjectionOrCountedAmendmentBreaksSilence() {
        assertThat(SilencePolicy.breaksSilence(ResponseKind.OBJECTION, true, false)).isTrue();
        assertThat(SilencePolicy.breaksSilence(ResponseKind.AMENDMENT, true, true)).isTrue();
        assertThat(SilencePolicy.breaksSilence(ResponseKind.AMENDMENT, true, false)).isFalse();
        assertThat(SilencePolicy.breaksSilence(ResponseKind.AMENDMENT, false, true)).isFalse();
        assertThat(SilencePolicy.breaksSilence(ResponseKind.COMMENT, true, true)).isFalse();
    }

    @Test
    void anAnswerAtTheDeadlineInstantIsLateAndOneMicrosecondBeforeIsNot() {
        SilenceProcedure open = procedure(ProcedureStatus.OPEN);
        SilencePolicy.requireReceivable(open, DEADLINE.minusNanos(1000));
        assertThatThrownBy(() -> SilencePolicy.requireReceivable(open, DEADLINE))
                .isInstanceOf(ConflictException.class).hasMessageStartingWith("Too late");
        assertThatThrownBy(() -> SilencePolicy.requireReceivable(open, DEADLINE.plusSeconds(1)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aBrokenProcedureStillTakesAnswersUntilItsDeadline() {
        SilencePolicy.requireReceivable(procedure(ProcedureStatus.BROKEN), DEADLINE.minusSeconds(1));
        assertThatThrownBy(() -> SilencePolicy.requireReceivable(procedure(ProcedureStatus.BROKEN), DEADLINE))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void rejectsAnswersToDraftWithdrawnOrAdoptedProcedures() {
        for (ProcedureStatus status : List.of(ProcedureStatus.DRAFT, ProcedureStatus.WITHDRAWN, ProcedureStatus.ADOPTED)) {
            assertThatThrownBy(() -> SilencePolicy.requireReceivable(procedure(status), DEADLINE.minusSeconds(60)))
                    .as(status.name()).isInstanceOf(ConflictException.class);
        }
    }

    @Test
    void concludedProceduresAreFinal() {
        assertThat(ProcedureStatus.DRAFT.next()).containsExactly(ProcedureStatus.OPEN);
        assertThatThrownBy(() -> ProcedureStatus.OPEN.to(ProcedureStatus.DRAFT)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("OPEN").hasMessageContaining("DRAFT");
        for (ProcedureStatus status : List.of(ProcedureStatus.ADOPTED, ProcedureStatus.BROKEN, ProcedureStatus.WITHDRAWN)) {
            assertThat(status.next()).isEmpty();
            assertThat(status.concluded()).isTrue();
        }
    }

    private static SilenceProcedure procedure(ProcedureStatus status) {
        return new SilenceProcedure(new SilenceProcedureId(UUID.randomUUID()), new ProcessId(UUID.randomUUID()), 1,
                new SilenceProcedure.Content("Date of the First Preparatory Meeting", "29 June 2020", DEADLINE, false,
                        null, List.of(), null, null),
                new SilenceProcedure.Course(status, DEADLINE.minusSeconds(86400 * 4), "president",
                        DEADLINE.minusSeconds(86400 * 3), "president", null, null, null, null), 1);
    }
}
