package org.plenary.silence;

import java.util.Map;
import java.util.Set;
import org.plenary.shared.ConflictException;
import org.springframework.modulith.NamedInterface;

/**
 * Where a silence procedure stands: drafted, circulated (open until its deadline), then adopted at the
 * deadline, broken by an objection, or withdrawn by the Presidency. The last three are final.
 */
@NamedInterface("api")
public enum ProcedureStatus {
    DRAFT, OPEN, ADOPTED, BROKEN, WITHDRAWN;

    private static final Map<ProcedureStatus, Set<ProcedureStatus>> NEXT = Map.of(
            DRAFT, Set.of(OPEN),
            OPEN, Set.of(ADOPTED, BROKEN, WITHDRAWN),
            ADOPTED, Set.of(),
            BROKEN, Set.of(),
            WITHDRAWN, Set.of());

    public Set<ProcedureStatus> next() {
        return NEXT.get(this);
    }

    public boolean concluded() {
        return this == ADOPTED || this == BROKEN || this == WITHDRAWN;
    }

    /** Refuses a transition this status does not allow, naming both states. */
    public ProcedureStatus to(ProcedureStatus target) {
        if (!NEXT.get(this).contains(target)) {
            throw new ConflictException("A silence procedure that is " + name() + " cannot become " + target.name());
        }
        return target;
    }
}
