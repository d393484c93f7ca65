package org.plenary.documents;

import java.util.Optional;
import org.plenary.processes.OfficerRole;
import org.plenary.shared.Actor;
import org.plenary.shared.Verdict;

/**
 * Who may publish and who may read documents. General documents are public; limited ones (drafts) are
 * for the delegations and officers of the process; restricted ones for its officers.
 */
final class DocumentPolicy {

    private DocumentPolicy() {
    }

    static Verdict mayPublish(Optional<OfficerRole> role) {
        return role.isPresent() ? Verdict.ALLOWED
                : Verdict.refused("Only the Presidency and the Secretariat of the process may publish documents");
    }

    static Verdict maySubmitStatement(Actor actor, Optional<OfficerRole> role) {
        return actor.delegate() || role.isPresent() ? Verdict.ALLOWED
                : Verdict.refused("Only delegations and the officers of the process may submit statements");
    }

    static boolean mayRead(Distribution distribution, Optional<Actor> actor, Optional<OfficerRole> role) {
        return switch (distribution) {
            case GENERAL -> true;
            case LIMITED -> role.isPresent() || actor.map(a -> a.admin() || a.delegate()).orElse(false);
            case RESTRICTED -> role.isPresent() || actor.map(Actor::admin).orElse(false);
        };
    }
}
