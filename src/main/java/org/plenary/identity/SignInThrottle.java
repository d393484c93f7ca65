package org.plenary.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing without locking anybody out. Wrong passwords are counted in memory per account (the
 * username as typed, whether it exists or not, so that the answer tells nothing) and per client address; past their
 * free failures, attempts wait growing delays and are refused with the time to wait, without checking the password.
 * Only checked passwords count: the attempts refused while waiting do not prolong the wait. Nothing is written to
 * the database, and existing sessions and tokens are never touched.
 * <p>
 * An address from which an account signed in successfully in the last {@code TRUSTED_FOR} is that account's usual
 * place: there, the account's wait and the address's wait do not apply (an attacker elsewhere cannot keep the owner
 * out, nor can one spraying other accounts from the same network), only a limit of its own for that account at that
 * address, and its failures do not count for the address (so that the owner's mistakes, or an attacker at the
 * owner's own place, do not slow the other people there).
 */
@Component
class SignInThrottle {

    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);
    private static final int LONGEST_KEY = 100;
    private static final Duration TRUSTED_FOR = Duration.ofDays(30);

    private final FailureLimit accounts;
    private final FailureLimit addresses;
    private final FailureLimit usualPlaces;
    private final Cache<String, Boolean> trusted;
    private final Clock clock;
    private final Counter failures;
    private final Counter refusals;

    SignInThrottle(IdentityProperties properties, Clock clock, MeterRegistry registry) {
        IdentityProperties.Throttle throttle = properties.throttle();
        this.accounts = new FailureLimit(throttle.accountFreeFailures(), throttle.firstDelay(),
                throttle.accountMaxDelay(), throttle.forgetAfter(), throttle.maxTracked(), clock);
        this.addresses = new FailureLimit(throttle.addressFreeFailures(), throttle.firstDelay(),
                throttle.addressMaxDelay(), throttle.forgetAfter(), throttle.maxTracked(), clock);
        this.usualPlaces = new FailureLimit(throttle.accountFreeFailures(), throttle.firstDelay(),
                throttle.accountMaxDelay(), throttle.forgetAfter(), throttle.maxTracked(), clock);
        this.trusted = Caffeine.newBuilder().maximumSize(throttle.maxTracked()).expireAfterWrite(TRUSTED_FOR)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis())).build();
        this.clock = clock;
        this.failures = Counter.builder("plenary.signin.failures").description("Failed sign-ins (wrong credentials)")
                .register(registry);
        this.refusals = Counter.builder("plenary.signin.throttled")
                .description("Sign-ins refused without checking the password, to wait after repeated failures")
                .register(registry);
    }

    /** Refuses the attempt when it must still wait. */
    void check(String address, String username) {
        Instant now = clock.instant();
        Duration wait;
        if (usualPlace(address, username)) {
            wait = usualPlaces.wait(pair(address, username), now);
        } else {
            Duration accountWait = accounts.wait(account(username), now);
            Duration addressWait = addresses.wait(address(address), now);
            wait = accountWait.compareTo(addressWait) >= 0 ? accountWait : addressWait;
        }
        if (!wait.isZero()) {
            refusals.increment();
            throw new SignInThrottled(wait);
        }
    }

    void failed(String address, String username) {
        failures.increment();
        Instant now = clock.instant();
        accounts.failed(account(username), now);
        if (usualPlace(address, username)) {
            usualPlaces.failed(pair(address, username), now);
        } else {
            addresses.failed(address(address), now);
        }
        if (!accounts.wait(account(username), now).isZero() || !addresses.wait(address(address), now).isZero()) {
            log.info("Sign-in slowed down after repeated failures from {}", address(address));
        }
    }

    /**
     * Forgets the failures at this place (the owner mistyped); at a new place, also the account's, but not at its
     * usual place, where the account's wait did not apply: an attack on the account goes on being slowed elsewhere.
     * The address's failures are never forgotten on a success, so that one valid account cannot launder them.
     */
    void succeeded(String address, String username) {
        usualPlaces.forget(pair(address, username));
        if (trusted.asMap().put(pair(address, username), Boolean.TRUE) == null) {
            accounts.forget(account(username));
        }
    }

    private boolean usualPlace(String address, String username) {
        return trusted.getIfPresent(pair(address, username)) != null;
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
