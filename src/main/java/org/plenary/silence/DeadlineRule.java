package org.plenary.silence;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.plenary.processes.Process;
import org.plenary.shared.Durations;
import org.plenary.shared.InvalidInputException;

/** The rule of a procedure's deadline, checked when it is drafted, previewed for circulation and circulated. */
final class DeadlineRule {

    private DeadlineRule() {
    }

    /**
     * The deadline must leave at least the process's minimum period from {@code now} (circulation at the latest),
     * unless the officers recorded a reason for a shorter one ({@code reasoned}): then it need only be to come.
     */
    static void check(Process process, Instant deadline, Instant now, boolean reasoned) {
        if (deadline == null) {
            throw InvalidInputException.of("deadline",
                    "The deadline is required, with its offset (2020-06-12T18:00:00+02:00)");
        }
        if (!deadline.isAfter(now)) {
            throw InvalidInputException.of("deadline", "The deadline " + deadline + " has already passed");
        }
        if (!reasoned && deadline.isBefore(now.plus(process.silenceMinimumPeriod()))) {
            throw InvalidInputException.of("deadline", "The deadline must be at least "
                    + Durations.words(process.silenceMinimumPeriod(), Locale.ENGLISH)
                    + " after circulation (the minimum period of the process); it is only "
                    + Durations.words(Duration.between(now, deadline), Locale.ENGLISH) + " away")
                    .withKey("refusal.silence.deadlineTooSoon", process.silenceMinimumPeriod(),
                            Duration.between(now, deadline).withNanos(0));
        }
    }
}
