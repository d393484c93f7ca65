package org.plenary.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sign-in and token settings: API tokens live for {@code tokenLifetime}; passwords are hashed with BCrypt of
 * {@code passwordHashCost} (11 takes about 100 ms on a 2-core server, see docs/performance.md); repeated
 * failures are slowed by {@code throttle}.
 */
@ConfigurationProperties("plenary.identity")
public record IdentityProperties(String adminPassword, Duration tokenLifetime, int passwordHashCost,
        Throttle throttle) {

    public IdentityProperties {
        tokenLifetime = tokenLifetime == null ? Duration.ofHours(12) : tokenLifetime;
        passwordHashCost = passwordHashCost <= 0 ? 11 : passwordHashCost;
        throttle = throttle == null ? new Throttle(0, null, 0, null, null, null, 0) : throttle;
    }

    /**
     * Wrong passwords are counted per account (username, known or not) and per client address, in memory. After
     * the free failures of a key, each further attempt must wait {@code firstDelay}, doubled at each failure, up to
     * the key's maximum; meanwhile attempts are answered 429 without checking the password. A key is forgotten
     * {@code forgetAfter} after its last failure, and a success forgets its account's failures. At most
     * {@code maxTracked} keys of each kind are kept (the least recently failed are dropped first).
     */
    public record Throttle(int accountFreeFailures, Duration accountMaxDelay, int addressFreeFailures,
            Duration addressMaxDelay, Duration firstDelay, Duration forgetAfter, int maxTracked) {

        public Throttle {
            accountFreeFailures = accountFreeFailures <= 0 ? 5 : accountFreeFailures;
            accountMaxDelay = accountMaxDelay == null ? Duration.ofMinutes(1) : accountMaxDelay;
            addressFreeFailures = addressFreeFailures <= 0 ? 30 : addressFreeFailures;
            addressMaxDelay = addressMaxDelay == null ? Duration.ofMinutes(15) : addressMaxDelay;
            firstDelay = firstDelay == null ? Duration.ofSeconds(1) : firstDelay;
            forgetAfter = forgetAfter == null ? Duration.ofHours(1) : forgetAfter;
            maxTracked = maxTracked <= 0 ? 100_000 : maxTracked;
        }
    }
}
