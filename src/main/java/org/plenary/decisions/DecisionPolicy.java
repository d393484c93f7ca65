package org.plenary.decisions;

import java.util.Optional;
import java.util.UUID;
import org.plenary.processes.OfficerRole;
import org.plenary.roster.Category;
import org.plenary.shared.Actor;
import org.plenary.shared.Verdict;

/**
 * Who may do what with a decision: a delegate of a State that is a State Party attaches an interpretative statement
 * or a reservation to it, in its State's name; the Presidency and the Secretariat set until when, and put the
 * process's final report under silence.
 */
final class DecisionPolicy {

    static final String ONLY_STATES_PARTIES = "Only delegates of States Parties may attach statements to a decision";

    private DecisionPolicy() {
    }

    /** {@code category} is what the delegate's State is in the process today, if anything. */
    static Verdict mayAttachStatement(Actor actor, Optional<Category> category) {
        return actor.delegate() && category.filter(c -> c == Category.STATE_PARTY).isPresent() ? Verdict.ALLOWED
                : Verdict.refused(ONLY_STATES_PARTIES);
    }

    static Verdict maySetPeriod(Optional<OfficerRole> role) {
        return role.isPresent() ? Verdict.ALLOWED : Verdict.refused(
                "Only the Presidency and the Secretariat of the process may set the period for statements");
    }

    static Verdict mayPutReportUnderSilence(Optional<OfficerRole> role) {
        return role.isPresent() ? Verdict.ALLOWED : Verdict.refused(
                "Only the Presidency and the Secretariat of the process may put its report under silence");
    }

    /** A statement's versions: a delegate of the State that made it, or an officer of the process. */
    static Verdict mayWriteStatementVersion(Actor actor, UUID state, Optional<OfficerRole> role) {
        return role.isPresent() || actor.delegate() && state.equals(actor.participantId()) ? Verdict.ALLOWED
                : Verdict.refused("Only the delegation that made a statement and the officers of the process may "
                        + "write it in another language");
    }
}
