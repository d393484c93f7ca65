package org.plenary.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Account lifecycle settings: how long an invitation and a password-reset link stay valid, and whether
 * administrators and officers must enrol a second factor before using the application.
 */
@ConfigurationProperties("plenary.identity")
public record AccountLifecycleProperties(Duration invitationLifetime, Duration passwordResetLifetime,
        boolean requireSecondFactorForOfficers) {

    public AccountLifecycleProperties {
        invitationLifetime = invitationLifetime == null ? Duration.ofDays(7) : invitationLifetime;
        passwordResetLifetime = passwordResetLifetime == null ? Duration.ofHours(1) : passwordResetLifetime;
    }
}
