package org.plenary.meetings;

import java.util.Map;
import java.util.Set;
import org.plenary.shared.ConflictException;
import org.springframework.modulith.NamedInterface;

/**
 * Where a meeting stands. A scheduled meeting may be rescheduled, postponed (its new date not yet known),
 * cancelled, or marked held; a postponed one may be rescheduled or cancelled; cancelled and held are final.
 */
@NamedInterface("api")
public enum MeetingStatus {
    SCHEDULED, POSTPONED, CANCELLED, HELD;

    private static final Map<MeetingStatus, Set<MeetingStatus>> NEXT = Map.of(
            SCHEDULED, Set.of(SCHEDULED, POSTPONED, CANCELLED, HELD),
            POSTPONED, Set.of(SCHEDULED, CANCELLED),
            CANCELLED, Set.of(),
            HELD, Set.of());

    public Set<MeetingStatus> next() {
        return NEXT.get(this);
    }

    /** Refuses a transition this status does not allow, naming both states. */
    public MeetingStatus to(MeetingStatus target) {
        if (!NEXT.get(this).contains(target)) {
            throw new ConflictException("A meeting that is " + name() + " cannot become " + target.name());
        }
        return target;
    }
}
