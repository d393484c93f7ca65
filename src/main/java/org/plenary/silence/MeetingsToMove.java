package org.plenary.silence;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.plenary.processes.Process;
import org.plenary.shared.MeetingId;
import org.springframework.modulith.NamedInterface;

/**
 * What silence asks of the meetings of a process, to offer and check an effect while drafting: implemented by the
 * meetings module, which alone decides whether a meeting can move to given dates.
 */
@NamedInterface("api")
public interface MeetingsToMove {

    /** A meeting that an effect may name. */
    @NamedInterface("api")
    record Meeting(UUID id, String title, Instant start, ZoneId timeZone) {
    }

    List<Meeting> of(Process process);

    /**
     * Refuses (with {@link org.plenary.shared.InvalidInputException} naming {@code meetingId}, {@code start} or
     * {@code end}) a move that the meeting's own rules do not allow now.
     */
    void checkMove(Process process, MeetingId meeting, Instant start, Instant end);
}
