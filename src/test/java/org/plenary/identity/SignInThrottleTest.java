package org.plenary.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The limits per account and per client address, their growing delays, and the owner's usual address. */
class SignInThrottleTest {

    private static final String ATTACKER = "203.0.113.7";
    private static final String OWNER = "198.51.100.20";

    private Instant now = Instant.parse("2026-01-05T09:00:00Z");
    private final SignInThrottle throttle = new SignInThrottle(
            new IdentityProperties(null, null, 0, new IdentityProperties.Throttle(0, null, 0, null, null, null, 0)),
            new Clock() {
                @Override
                public Instant instant() {
                    return now;
                }

                @Override
                public java.time.ZoneId getZone() {
                    return ZoneOffset.UTC;
                }

                @Override
                public Clock withZone(java.time.ZoneId zone) {
                    return this;
                }
            }, new io.micrometer.core.instrument.simple.SimpleMeterRegistry());

    private long waitOf(String address, String username) {
        try {
            throttle.check(address, username);
            return 0;
        } catch (SignInThrottled slowed) {
            return slowed.retryAfterSeconds();
        }
    }

    @Test
    void letsFiveFailuresOfAnAccountPassThenDoublesTheDelayUpToAMinute() {
        for (int failure = 1; failure <= 5; failure++) {
            assertThat(waitOf(ATTACKER, "delegate")).isZero();
            throttle.failed(ATTACKER, "delegate");
        }
        long[] expected = {1, 2, 4, 8, 16, 32, 60, 60};
        for (long seconds : expected) {
            assertThat(waitOf(ATTACKER, "delegate")).isEqualTo(seconds);
            assertThat(waitOf("192.0.2.1", "Delegate ")).as("from anywhere, whatever the case").isEqualTo(seconds);
            now = now.plusSeconds(seconds);
            assertThat(waitOf(ATTACKER, "delegate")).isZero();
            throttle.failed(ATTACKER, "delegate");
        }
    }

    @Test
    void slowsAnAddressThatTriesThirtyAccountsButNotTheOthers() {
        for (int account = 1; account <= 30; account++) {
            assertThat(waitOf(ATTACKER, "user-" + account)).isZero();
            throttle.failed(ATTACKER, "user-" + account);
        }

        assertThatThrownBy(() -> throttle.check(ATTACKER, "someone-else")).isInstanceOf(SignInThrottled.class);
        assertThatCode(() -> throttle.check(OWNER, "someone-else")).doesNotThrowAnyException();
        now = now.plusSeconds(1);
        throttle.failed(ATTACKER, "user-31");
        assertThat(waitOf(ATTACKER, "someone-else")).isEqualTo(2);
    }

    @Test
    void letsTheOwnerInFromTheAddressWhereTheAccountSignedInBefore() {
        throttle.succeeded(OWNER, "delegate");
        for (int failure = 1; failure <= 8; failure++) {
            throttle.failed(ATTACKER, "delegate");
        }

        assertThat(waitOf(ATTACKER, "delegate")).isPositive();
        assertThat(waitOf("192.0.2.1", "delegate")).isPositive();
        assertThat(waitOf(OWNER, "delegate")).isZero();
        throttle.succeeded(OWNER, "delegate");
        assertThat(waitOf("192.0.2.1", "delegate")).as("still slowed elsewhere").isPositive();
    }

    @Test
    void slowsFailuresAtTheUsualPlaceOfAnAccountThereOnlyWithoutCountingThemForTheAddress() {
        throttle.succeeded(OWNER, "delegate");
        for (int failure = 1; failure <= 40; failure++) {
            throttle.failed(OWNER, "delegate");
        }

        assertThat(waitOf(OWNER, "delegate")).isEqualTo(60);
        assertThat(waitOf(OWNER, "a-colleague")).as("others at the same place").isZero();
    }

    @Test
    void letsAnAccountInAtItsUsualPlaceWhileTheAddressIsSlowedForOthers() {
        throttle.succeeded(OWNER, "delegate");
        for (int account = 1; account <= 40; account++) {
            throttle.failed(OWNER, "user-" + account);
        }

        assertThat(waitOf(OWNER, "a-colleague")).isPositive();
        assertThat(waitOf(OWNER, "delegate")).isZero();
    }

    @Test
    void forgetsTheFailuresOfAnAccountAfterASuccessButNotThoseOfTheAddress() {
        for (int failure = 1; failure <= 29; failure++) {
            throttle.failed(ATTACKER, "user-" + failure);
        }
        for (int failure = 1; failure <= 4; failure++) {
            throttle.failed(ATTACKER, "delegate");
        }
        throttle.succeeded(OWNER, "delegate");

        assertThat(waitOf("192.0.2.1", "delegate")).isZero();
        assertThat(waitOf(ATTACKER, "anyone")).isPositive();
    }

    @Test
    void forgetsAKeyAnHourAfterItsLastFailure() {
        for (int failure = 1; failure <= 12; failure++) {
            throttle.failed(ATTACKER, "delegate");
        }
        now = now.plus(Duration.ofMinutes(61));
        throttle.failed(ATTACKER, "delegate");

        assertThat(waitOf(ATTACKER, "delegate")).as("a first failure again").isZero();
    }
}
