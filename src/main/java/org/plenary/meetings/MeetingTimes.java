package org.plenary.meetings;

import java.time.Duration;
import java.time.Instant;
import org.plenary.shared.InvalidInputException;

/** Checks the start and end of a meeting. */
final class MeetingTimes {

    static final Duration LONGEST = Duration.ofDays(31);

    private MeetingTimes() {
    }

    static void check(Instant start, Instant end) {
        if (start == null) {
            throw InvalidInputException.of("start", "The start is required, with its offset (2020-06-29T10:00:00+02:00)");
        }
        if (end == null) {
            throw InvalidInputException.of("end", "The end is required, with its offset (2020-06-29T13:00:00+02:00)");
        }
        if (!end.isAfter(start)) {
            throw InvalidInputException.of("end", "The end must come after the start");
        }
        if (Duration.between(start, end).compareTo(LONGEST) > 0) {
            throw InvalidInputException.of("end", "A meeting lasts at most 31 days");
        }
    }
}
