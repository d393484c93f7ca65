package org.plenary.processes;

import java.util.List;
import org.plenary.roster.ParticipantId;
import org.springframework.modulith.NamedInterface;

/**
 * A module that puts events in the calendar of a process (meetings, silence deadlines, consultation closings).
 * The calendar feeds collect every source; they depend on no module that provides one. A private feed gives each
 * reader what they may see: the public events, those about texts of limited distribution to the officers and the
 * delegations, and to one delegation its own events, which replace a public or limited event of the same UID.
 */
@NamedInterface("api")
public interface CalendarSource {

    /** The events of the process that anyone may see. */
    List<CalendarEntry> entries(Process process);

    /** The events about texts of limited distribution, for the officers and every delegation of the process. */
    default List<CalendarEntry> limited(Process process) {
        return List.of();
    }

    /**
     * The events of the process as one delegation (its State or organisation, {@code participant}) sees them: its
     * own speaking slots, and deadlines with what it may still do or has done. Nothing of another delegation.
     */
    default List<CalendarEntry> forDelegation(Process process, ParticipantId participant) {
        return List.of();
    }
}
