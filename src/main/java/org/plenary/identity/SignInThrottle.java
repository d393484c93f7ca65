package org.plenary.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.plenary.audit.AuditLog;
import org.plenary.audit.AuditRecord;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts wrong passwords per account; after {@code maxFailedSignIns} in a row the account is locked for
 * {@code lockout} (also against the right password), which stops password guessing. A success resets it.
 * Each update commits on its own, whatever becomes of the sign-in that caused it.
 */
@Component
class SignInThrottle {

    private final JdbcClient jdbc;
    private final IdentityProperties properties;
    private final AuditLog audit;
    private final Clock clock;

    SignInThrottle(JdbcClient jdbc, IdentityProperties properties, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(AuthenticationFailureBadCredentialsEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal()).strip().toLowerCase(Locale.ROOT);
        Instant now = clock.instant();
        Instant until = now.plus(properties.lockout());
        Optional<UUID> locked = jdbc.sql("""
                update account
                   set failed_sign_ins = failed_sign_ins + 1,
                       locked_until = case when failed_sign_ins + 1 >= :max then :until else locked_until end
                 where username = :username
                returning id, failed_sign_ins >= :max as locked
                """)
                .param("max", properties.maxFailedSignIns())
                .param("until", Timestamp.from(until))
                .param("username", username)
                .query((rs, n) -> rs.getBoolean("locked") ? rs.getObject("id", UUID.class) : null)
                .optional();
        if (locked.isPresent()) {
            audit.record(AuditRecord.changed("identity.account.locked", "account", locked.get(), null, null,
                    Map.of("username", username, "lockedUntil", until.toString())));
            jdbc.sql("update account set failed_sign_ins = 0 where username = :username")
                    .param("username", username).update();
        }
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(AuthenticationSuccessEvent event) {
        jdbc.sql("update account set failed_sign_ins = 0 where username = :username and failed_sign_ins > 0")
                .param("username", event.getAuthentication().getName()).update();
    }
}
