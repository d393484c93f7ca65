package org.plenary.processes;

import java.time.Instant;
import java.time.ZoneId;
import org.springframework.modulith.NamedInterface;

/**
 * One event of a process calendar, from whichever module owns it (a meeting, a silence deadline, a consultation
 * closing): shown in its own time zone; a deadline is an instant, so {@code end} equals {@code start} (and the
 * calendar shows it for a quarter of an hour).
 *
 * @param uid      stable across changes, so that subscribed calendars update the event rather than add one
 * @param sequence grows with every change of date or status
 * @param location a venue, or null
 * @param url      an online link or the page of the item, or null
 */
@NamedInterface("api")
public record CalendarEntry(String uid, String summary, Instant start, Instant end, ZoneId zone, int sequence,
        Status status, String location, String url, String description) {

    @NamedInterface("api")
    public enum Status {
        CONFIRMED, TENTATIVE, CANCELLED
    }

    public static CalendarEntry deadline(String uid, String summary, Instant at, ZoneId zone, int sequence,
            Status status, String url, String description) {
        return new CalendarEntry(uid, summary, at, at, zone, sequence, status, null, url, description);
    }
}
