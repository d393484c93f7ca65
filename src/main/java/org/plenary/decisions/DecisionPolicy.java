package org.plenary.decisions;

import java.util.Optional;
import org.plenary.processes.OfficerRole;
import org.plenary.roster.Category;
import org.plenary.shared.Actor;
import org.plenary.shared.Verdict;

/**
 * Who may do what with a decision: a delegate of a State that is a State Party attaches an interpretative statement
 * or a reservation to it, in its State's name; the Presidency and the Secretariat set until when.
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
}
