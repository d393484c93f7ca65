package org.plenary.meetings;

import java.time.Instant;

/** A sitting of a meeting, e.g. 10:00–12:00 Geneva time. */
public record Session(Instant start, Instant end) {
}
