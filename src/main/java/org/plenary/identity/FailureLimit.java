package org.plenary.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * Wrong passwords counted per key (an account or a client address), in memory and bounded. The first
 * {@code free} failures cost nothing; after that, the next attempt must wait {@code firstDelay} after the last
 * failure, doubled at each further failure up to {@code maxDelay}. A key is forgotten {@code forgetAfter} after
 * its last failure; at most {@code maxTracked} keys are kept.
 */
final class FailureLimit {

    private record Failures(int count, Instant last) {
    }

    private final int free;
    private final Duration firstDelay;
    private final Duration maxDelay;
    private final Cache<String, Failures> failures;

    FailureLimit(int free, Duration firstDelay, Duration maxDelay, Duration forgetAfter, int maxTracked, Clock clock) {
        this.free = free;
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
        this.failures = Caffeine.newBuilder().maximumSize(maxTracked).expireAfterWrite(forgetAfter)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis())).build();
    }

    /** How long the key must still wait before its next attempt: zero when it may try now. */
    Duration wait(String key, Instant now) {
        Failures known = failures.getIfPresent(key);
        if (known == null || known.count() < free) {
            return Duration.ZERO;
        }
        Instant until = known.last().plus(delayAfter(known.count()));
        return until.isAfter(now) ? Duration.between(now, until) : Duration.ZERO;
    }

    void failed(String key, Instant now) {
        failures.asMap().merge(key, new Failures(1, now), (old, one) -> new Failures(old.count() + 1, now));
    }

    void forget(String key) {
        failures.invalidate(key);
    }

    private Duration delayAfter(int count) {
        int doublings = Math.min(count - free, 30);
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
