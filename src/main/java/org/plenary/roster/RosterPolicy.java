package org.plenary.roster;

import org.plenary.shared.Actor;
import org.plenary.shared.Verdict;

/** Who may change the roster: administrators only. Everyone signed in may read it. */
final class RosterPolicy {

    private RosterPolicy() {
    }

    static Verdict mayChange(Actor actor) {
        return actor.admin() ? Verdict.ALLOWED : Verdict.refused("Only administrators may change the roster");
    }
}
