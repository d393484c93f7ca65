package org.plenary.silence;

import java.time.Instant;
import java.util.Optional;
import org.plenary.processes.OfficerRole;
import org.plenary.shared.Actor;
import org.plenary.shared.ConflictException;
import org.plenary.shared.Verdict;

/**
 * Who may do what in a silence procedure. The Presidency and the Secretariat draft, circulate and withdraw;
 * any delegate comments or proposes amendments; only a delegate of a State that was a State Party when the
 * procedure was circulated may object, and only such an objection (or amendment, when the procedure says so)
 * breaks silence. Anything received at the deadline instant or later is late.
 */
final class SilencePolicy {

    static final String ONLY_STATES_PARTIES = "Only States Parties may break silence: your delegation was not a State "
            + "Party when the procedure was circulated";

    private SilencePolicy() {
    }

    static Verdict mayManage(Optional<OfficerRole> role) {
        return role.isPresent() ? Verdict.ALLOWED
                : Verdict.refused("Only the Presidency and the Secretariat of the process may run silence procedures");
    }

    static Verdict mayRespond(Actor actor, ResponseKind kind, boolean eligible) {
        if (!actor.delegate()) {
            return Verdict.refused("Only delegates of a State or organisation may answer a silence procedure")
                    .withKey("refusal.silence.onlyDelegates");
        }
        return kind == ResponseKind.OBJECTION && !eligible ? Verdict.refused(ONLY_STATES_PARTIES).withKey("refusal.silence.onlyStatesParties")
                : Verdict.ALLOWED;
    }

    /** Whether a response breaks silence: an objection of an eligible State, or its amendment when they count. */
    static boolean breaksSilence(ResponseKind kind, boolean eligible, boolean amendmentsBreakSilence) {
        return eligible && (kind == ResponseKind.OBJECTION || kind == ResponseKind.AMENDMENT && amendmentsBreakSilence);
    }

    /**
     * Refuses an answer the procedure cannot take at {@code now}: before circulation, after withdrawal or
     * adoption, or at or after the deadline. A broken procedure still takes answers until its deadline.
     */
    static void requireReceivable(SilenceProcedure procedure, Instant now) {
        switch (procedure.status()) {
            case DRAFT -> throw new ConflictException("The silence procedure " + procedure.reference()
                    + " has not been circulated").withKey("refusal.silence.notCirculated", procedure.reference());
            case WITHDRAWN -> throw new ConflictException("The silence procedure " + procedure.reference()
                    + " has been withdrawn").withKey("refusal.silence.withdrawn", procedure.reference());
            case ADOPTED -> throw new ConflictException("The silence procedure " + procedure.reference()
                    + " has been adopted").withKey("refusal.silence.adopted", procedure.reference());
            case OPEN, BROKEN -> {
                if (procedure.pastDeadline(now)) {
                    throw new ConflictException("Too late: the deadline of " + procedure.reference() + " was "
                            + procedure.deadline() + "; this was received at " + now)
                            .withKey("refusal.silence.tooLate", procedure.reference(), procedure.deadline(), now);
                }
            }
        }
    }
}
