package org.plenary.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.plenary.audit.AuditLog;
import org.plenary.audit.AuditRecord;
import org.plenary.shared.Actor;
import org.plenary.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The private calendar feed of each account: a secret address (shown once, kept as a hash) that a calendar client
 * subscribes to without signing in. The person regenerates it (the former address stops working) or stops it; a
 * deactivated account's feed answers nothing.
 */
@NamedInterface("api")
@Service
public class CalendarFeeds {

    /** The path of a feed, before its secret. */
    public static final String PATH = "/api/v1/calendars/";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final AccountStanding standing;
    private final AccountRepository accounts;

    CalendarFeeds(JdbcClient jdbc, AuditLog audit, Clock clock, AccountStanding standing, AccountRepository accounts) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.standing = standing;
        this.accounts = accounts;
    }

    /** Whether the signed-in person has a feed. */
    @Transactional(readOnly = true)
    public boolean exists() {
        return jdbc.sql("select count(*) from calendar_feed where account = :account")
                .param("account", Actor.require().accountId()).query(Long.class).single() > 0;
    }

    /** A new secret for the signed-in person's feed, replacing any former one; answers the secret. */
    @Transactional
    public String regenerate() {
        UUID account = Actor.require().accountId();
        String secret = Secrets.token();
        boolean replaced = jdbc.sql("""
                insert into calendar_feed (account, token_hash, created_at) values (:account, :hash, :now)
                on conflict (account) do update set token_hash = excluded.token_hash, created_at = excluded.created_at
                returning (xmax <> 0)
                """).param("account", account).param("hash", Secrets.sha256(secret))
                .param("now", Timestamp.from(clock.instant())).query(Boolean.class).single();
        audit.record(AuditRecord.changed("identity.calendar-feed.regenerated", "calendar-feed", account, null,
                Map.of("feed", replaced ? "former address" : "none"), Map.of("feed", "new address")));
        return secret;
    }

    /** Stops the signed-in person's feed; 404 if there is none. */
    @Transactional
    public void revoke() {
        UUID account = Actor.require().accountId();
        if (jdbc.sql("delete from calendar_feed where account = :account").param("account", account).update() == 0) {
            throw new NotFoundException("Calendar feed", account);
        }
        audit.record(AuditRecord.changed("identity.calendar-feed.revoked", "calendar-feed", account, null,
                Map.of("feed", "address"), Map.of("feed", "none")));
    }

    /** Whose feed {@code secret} opens, if it opens one of an active account. */
    @Transactional(readOnly = true)
    public Optional<Actor> holder(String secret) {
        if (secret == null || secret.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("select account from calendar_feed where token_hash = :hash")
                .param("hash", Secrets.sha256(secret)).query(UUID.class).optional()
                .filter(standing::active)
                .flatMap(accounts::findById)
                .map(Account::actor);
    }
}
