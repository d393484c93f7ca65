package org.plenary.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock in full-stack tests: the system clock unless a test sets it to an instant (it then
 * stands still there) or moves it ahead. A test that changes it puts it back with {@link #reset()}.
 */
public final class TestClock extends Clock {

    private volatile Instant fixed;
    private volatile Duration ahead = Duration.ZERO;

    /** Stops the clock at {@code instant}. */
    public void setTo(Instant instant) {
        fixed = instant;
    }

    /** Moves the clock ahead by {@code duration}, whether it stands still or runs. */
    public void advance(Duration duration) {
        if (fixed != null) {
            fixed = fixed.plus(duration);
        } else {
            ahead = ahead.plus(duration);
        }
    }

    /** Back to the system clock. */
    public void reset() {
        fixed = null;
        ahead = Duration.ZERO;
    }

    @Override
    public Instant instant() {
        Instant at = fixed;
        return at != null ? at : Instant.now().plus(ahead);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    /** Replaces the application's clock in the tests that import it. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }
    }
}
