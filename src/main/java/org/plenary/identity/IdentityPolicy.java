package org.plenary.identity;

import org.plenary.shared.Actor;
import org.plenary.shared.Verdict;

/** Who may manage accounts and their tokens: administrators only. */
public final class IdentityPolicy {

    private IdentityPolicy() {
    }

    public static Verdict mayManageAccounts(Actor actor) {
        return actor.admin() ? Verdict.ALLOWED : Verdict.refused("Only administrators may manage accounts");
    }
}
