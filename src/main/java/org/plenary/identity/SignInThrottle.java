package org.plenary.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing without locking anybody out: wrong passwords are counted per account (the username as
 * typed, whether it exists or not, so that the answer tells nothing) and per client address; past their free
 * failures, attempts wait growing delays and are refused with the time to wait, without checking the password.
 * Nothing is written to the database, and existing sessions and tokens are never touched. A success forgets its
 * account's failures (see {@link #succeeded}) but not its address's, so that one valid account cannot launder an
 * address's guesses.
 * Only wrong passwords count: the attempts refused while waiting do not prolong the wait. So that an attacker
 * cannot keep the owner out, the account's wait does not apply at an address from which the account has signed
 * in successfully in the last {@code TRUSTED_FOR} (the owner's usual place); the address's own limit still does.
 */
@Component
class SignInThrottle {

    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);
    private static final int LONGEST_KEY = 100;
    private static final Duration TRUSTED_FOR = Duration.ofDays(30);

    private final FailureLimit accounts;
    private final FailureLimit addresses;
    private final Cache<String, Boolean> trusted;
    private final Clock clock;

    SignInThrottle(IdentityProperties properties, Clock clock) {
        IdentityProperties.Throttle throttle = properties.throttle();
        this.accounts = new FailureLimit(throttle.accountFreeFailures(), throttle.firstDelay(),
                throttle.accountMaxDelay(), throttle.forgetAfter(), throttle.maxTracked(), clock);
        this.addresses = new FailureLimit(throttle.addressFreeFailures(), throttle.firstDelay(),
                throttle.addressMaxDelay(), throttle.forgetAfter(), throttle.maxTracked(), clock);
        this.trusted = Caffeine.newBuilder().maximumSize(throttle.maxTracked()).expireAfterWrite(TRUSTED_FOR)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis())).build();
        this.clock = clock;
    }

    /** Refuses the attempt when its account or its address must still wait. */
    void check(String address, String username) {
        Instant now = clock.instant();
        Duration accountWait = trusted.getIfPresent(pair(address, username)) != null ? Duration.ZERO
                : accounts.wait(account(username), now);
        Duration addressWait = addresses.wait(address(address), now);
        Duration wait = accountWait.compareTo(addressWait) >= 0 ? accountWait : addressWait;
        if (!wait.isZero()) {
            throw new SignInThrottled(wait);
        }
    }

    void failed(String address, String username) {
        Instant now = clock.instant();
        accounts.failed(account(username), now);
        addresses.failed(address(address), now);
        if (!accounts.wait(account(username), now).isZero() || !addresses.wait(address(address), now).isZero()) {
            log.info("Sign-in slowed down after repeated failures from {}", address(address));
        }
    }

    /**
     * Forgets the account's failures (the owner mistyped), unless the sign-in came from a trusted address, where the
     * account's wait did not apply: an attack on the account goes on being slowed elsewhere.
     */
    void succeeded(String address, String username) {
        if (trusted.asMap().put(pair(address, username), Boolean.TRUE) == null) {
            accounts.forget(account(username));
        }
    }

    private static String pair(String address, String username) {
        return account(username) + "|" + address(address);
    }

    static String account(String username) {
        String normalised = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return normalised.length() > LONGEST_KEY ? normalised.substring(0, LONGEST_KEY) : normalised;
    }

    private static String address(String address) {
        return address == null ? "unknown" : address;
    }
}
