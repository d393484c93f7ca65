package org.plenary.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The clock of the application under the profile {@code demo}: the system clock, except on the thread that sets
 * up the demo while it replays a moment of 2020 ({@link #replay}), so that what happened then goes through the
 * same operations, with their checks, as it did then. Other threads (requests, timers, the scheduler) always see
 * the time of day; without the profile this class does not exist.
 */
@Component
@Primary
@Profile("demo")
class DemoClock extends Clock {

    private final ThreadLocal<Instant> replayed = new ThreadLocal<>();

    /** Runs {@code work} on this thread with the clock standing at {@code at}, then back to the time of day. */
    void replay(Instant at, Runnable work) {
        Instant previous = replayed.get();
        replayed.set(at);
        try {
            work.run();
        } finally {
            if (previous == null) {
                replayed.remove();
            } else {
                replayed.set(previous);
            }
        }
    }

    @Override
    public Instant instant() {
        Instant at = replayed.get();
        return at != null ? at : Instant.now();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }
}
