package org.plenary.identity;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** A sign-in refused without checking the password, because its account or address failed too often. */
public final class SignInThrottled extends AuthenticationException {

    private final Duration retryAfter;

    SignInThrottled(Duration retryAfter) {
        super("Too many failed sign-ins: try again later");
        this.retryAfter = retryAfter;
    }

    /** Whole seconds to wait before trying again, at least one. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
