package org.plenary.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Wrong second-factor codes: after the limit every code is refused until the window has passed. */
class FailedCodesTest {

    private final Instant now = Instant.parse("2026-12-06T10:00:00Z");
    private final UUID account = UUID.randomUUID();

    @Test
    void refusesEveryCodeAfterTheLimitUntilTheWindowHasPassed() {
        FailedCodes failures = new FailedCodes(3, Duration.ofMinutes(15));
        failures.add(account, now);
        failures.add(account, now.plusSeconds(60));
        assertThat(failures.exhausted(account, now.plusSeconds(61))).isFalse();
        failures.add(account, now.plusSeconds(120));
        assertThat(failures.exhausted(account, now.plusSeconds(121))).isTrue();
        assertThat(failures.exhausted(UUID.randomUUID(), now.plusSeconds(121))).isFalse();
        assertThat(failures.exhausted(account, now.plus(Duration.ofMinutes(15)))).isFalse();
    }

    @Test
    void aRightCodeClearsTheCount() {
        FailedCodes failures = new FailedCodes(2, Duration.ofMinutes(15));
        failures.add(account, now);
        failures.clear(account);
        failures.add(account, now);
        assertThat(failures.exhausted(account, now)).isFalse();
    }
}
