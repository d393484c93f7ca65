package org.plenary.silence;

import java.time.Instant;
import java.util.UUID;

/** What an adopted decision changes by itself: for now, moving a meeting of the process to new dates. */
public record Effect(Type type, UUID meeting, Instant start, Instant end) {

    public enum Type {
        RESCHEDULE_MEETING
    }
}
