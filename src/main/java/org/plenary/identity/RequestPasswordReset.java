package org.plenary.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.plenary.audit.AuditLog;
import org.plenary.audit.AuditRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Somebody asks for a new password for an e-mail address. Each active account of that address receives a one-time
 * link; the answer is the same whether or not there is one, so the address's owner is not revealed. At most
 * {@link #MAX_PENDING} links wait at once for an account, so that nobody can flood an inbox.
 */
@Service
public class RequestPasswordReset {

    static final int MAX_PENDING = 3;

    private final OneTimeLinks links;
    private final AccountMail mail;
    private final AccountLifecycleProperties properties;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    RequestPasswordReset(OneTimeLinks links, AccountMail mail, AccountLifecycleProperties properties, AuditLog audit,
            JdbcClient jdbc, Clock clock) {
        this.links = links;
        this.mail = mail;
        this.properties = properties;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Sends the links, if any; {@code language} is the language of the e-mail (that of the page asked from). */
    @Transactional
    public void execute(String email, String language) {
        String address = AccountFields.email(email);
        String lang = AccountFields.LANGUAGES.contains(language) ? language : "en";
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<UUID> accounts = jdbc.sql("""
                select a.id from account a
                 where lower(a.email) = lower(:email) and a.deactivated_at is null
                   and (select count(*) from account_link l where l.account = a.id and l.purpose = 'PASSWORD_RESET'
                          and l.used_at is null and l.expires_at > :now) < :max
                """).param("email", address).param("now", Timestamp.from(now)).param("max", MAX_PENDING)
                .query(UUID.class).list();
        for (UUID account : accounts) {
            OneTimeLinks.Link link = new OneTimeLinks.Link(UUID.randomUUID(), OneTimeLinks.Purpose.PASSWORD_RESET,
                    account, address, null, null, lang, null, now, now.plus(properties.passwordResetLifetime()), null);
            String token = links.issue(link);
            audit.record(AuditRecord.created("identity.password-reset.requested", "account", account, null,
                    Map.of("expiresAt", link.expiresAt().toString())));
            String username = jdbc.sql("select username from account where id = :id").param("id", account)
                    .query(String.class).single();
            mail.sendAfterCommit("reset", address, lang, "/password-reset/" + token, username,
                    properties.passwordResetLifetime().toMinutes());
        }
    }
}
