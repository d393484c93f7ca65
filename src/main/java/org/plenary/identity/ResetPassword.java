package org.plenary.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.plenary.audit.AuditLog;
import org.plenary.audit.AuditRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sets a new password through a reset link, once. Every session and API token of the account stops working, and
 * the account's other reset links with them.
 */
@Service
public class ResetPassword {

    private final OneTimeLinks links;
    private final Credentials credentials;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    ResetPassword(OneTimeLinks links, Credentials credentials, AuditLog audit, JdbcClient jdbc, Clock clock) {
        this.links = links;
        this.credentials = credentials;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Checks that the link may still be used, to show its page; refused (400) if it is unknown, used or expired. */
    @Transactional(readOnly = true)
    public void check(String token) {
        links.usable(token, OneTimeLinks.Purpose.PASSWORD_RESET, clock.instant());
    }

    @Transactional
    public void execute(String token, String password) {
        Instant now = clock.instant();
        OneTimeLinks.Link link = links.lockUsable(token, OneTimeLinks.Purpose.PASSWORD_RESET, now);
        PasswordRules.check(password);
        credentials.replace(link.account(), password, null, now);
        jdbc.sql("""
                update account_link set used_at = :now
                 where account = :account and purpose = 'PASSWORD_RESET' and used_at is null
                """).param("now", Timestamp.from(now)).param("account", link.account()).update();
        audit.record(AuditRecord.changed("identity.password.reset", "account", link.account(), null,
                Map.of("link", link.id().toString()), Map.of("signedOutEverywhere", true)));
    }
}
