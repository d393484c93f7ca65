package org.plenary.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sign-in and token settings: after {@code maxFailedSignIns} wrong passwords in a row an account is locked
 * for {@code lockout}; API tokens live for {@code tokenLifetime}.
 */
@ConfigurationProperties("plenary.identity")
public record IdentityProperties(String adminPassword, int maxFailedSignIns, Duration lockout,
        Duration tokenLifetime) {

    public IdentityProperties {
        maxFailedSignIns = maxFailedSignIns <= 0 ? 5 : maxFailedSignIns;
        lockout = lockout == null ? Duration.ofMinutes(15) : lockout;
        tokenLifetime = tokenLifetime == null ? Duration.ofHours(12) : tokenLifetime;
    }
}
