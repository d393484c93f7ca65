package org.plenary.processes;

import java.util.Optional;
import org.plenary.shared.Actor;
import org.plenary.shared.Verdict;

/** Who may do what with a process. */
public final class ProcessPolicy {

    private ProcessPolicy() {
    }

    static Verdict mayCreate(Actor actor) {
        return actor.admin() ? Verdict.ALLOWED : Verdict.refused("Only administrators may create processes");
    }

    static Verdict mayAppointOfficers(Actor actor) {
        return actor.admin() ? Verdict.ALLOWED : Verdict.refused("Only administrators may appoint officers");
    }

    /** The audit of a process is for its officers (and administrators). */
    public static Verdict mayReadAudit(Actor actor, Optional<OfficerRole> role) {
        return actor.admin() || role.isPresent() ? Verdict.ALLOWED
                : Verdict.refused("Only the officers of the process may read its audit log");
    }
}
