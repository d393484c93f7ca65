package org.plenary.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.plenary.audit.AuditLog;
import org.plenary.audit.AuditRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Somebody asks for a new password for an e-mail address. Each active account of that address receives a one-time
 * link; the answer is the same, and as quick, whether or not there is one, so the address's owner is not revealed:
 * the request is only checked and queued, and one background thread looks the address up and issues the links. At
 * most {@link #MAX_PENDING} links wait at once for an account, so that nobody can flood an inbox, and at most
 * {@link #MAX_QUEUED} requests wait in the queue (more are dropped, as a flood would be).
 */
@Service
public class RequestPasswordReset implements DisposableBean {

    static final int MAX_PENDING = 3;
    static final int MAX_QUEUED = 1000;
    private static final Logger log = LoggerFactory.getLogger(RequestPasswordReset.class);

    private final OneTimeLinks links;
    private final AccountMail mail;
    private final AccountLifecycleProperties properties;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final ThreadPoolExecutor queue = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(MAX_QUEUED), Thread.ofPlatform().name("password-reset").daemon().factory(),
            new ThreadPoolExecutor.DiscardPolicy());

    RequestPasswordReset(OneTimeLinks links, AccountMail mail, AccountLifecycleProperties properties, AuditLog audit,
            JdbcClient jdbc, Clock clock, TransactionTemplate transaction) {
        this.transaction = transaction;
        this.links = links;
        this.mail = mail;
        this.properties = properties;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Queues the request (400 at once if the address is malformed); the links, if any, follow. {@code language} is the
     * language of the e-mail (that of the page asked from).
     */
    public void execute(String email, String language) {
        String address = AccountFields.email(email);
        String lang = AccountFields.LANGUAGES.contains(language) ? language : "en";
        queue.execute(() -> {
            try {
                transaction.executeWithoutResult(status -> issue(address, lang));
            } catch (RuntimeException e) {
                log.warn("A password reset could not be issued: {}", e.getMessage());
            }
        });
    }

    @Override
    public void destroy() throws InterruptedException {
        queue.shutdown();
        queue.awaitTermination(10, TimeUnit.SECONDS);
    }

    private void issue(String address, String lang) {
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
            mail.queue("reset", address, lang, "/password-reset/" + token, username,
                    properties.passwordResetLifetime().toMinutes());
        }
    }
}
