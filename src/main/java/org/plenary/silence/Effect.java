package org.plenary.silence;

import java.time.Instant;
import org.plenary.meetings.MeetingId;

/** What an adopted decision changes by itself: for now, moving a meeting of the process to new dates. */
public record Effect(Type type, MeetingId meeting, Instant start, Instant end) {

    public enum Type {
        RESCHEDULE_MEETING
    }
}
