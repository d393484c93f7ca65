package org.plenary.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Wrong second-factor codes per account in a sliding window, kept in this instance's memory: no write to the
 * database per failure (a failed attempt must cost the server little), and at most {@link #MAX_ACCOUNTS} accounts
 * remembered, the stale ones forgotten first.
 */
final class FailedCodes {

    static final int MAX_ACCOUNTS = 10_000;

    private record Window(Instant since, int count) {
    }

    private final int limit;
    private final Duration window;
    private final Map<UUID, Window> failures = new ConcurrentHashMap<>();

    FailedCodes(int limit, Duration window) {
        this.limit = limit;
        this.window = window;
    }

    boolean exhausted(UUID account, Instant now) {
        Window w = failures.get(account);
        return w != null && w.since().plus(window).isAfter(now) && w.count() >= limit;
    }

    void add(UUID account, Instant now) {
        if (failures.size() >= MAX_ACCOUNTS) {
            failures.values().removeIf(w -> !w.since().plus(window).isAfter(now));
        }
        failures.compute(account, (id, w) -> w == null || !w.since().plus(window).isAfter(now)
                ? new Window(now, 1) : new Window(w.since(), w.count() + 1));
    }

    void clear(UUID account) {
        failures.remove(account);
    }
}
