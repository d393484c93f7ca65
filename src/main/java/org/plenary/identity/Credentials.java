package org.plenary.identity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * An account's password and what hangs on it: a new password, a reset or a deactivation signs the account out
 * everywhere (its API tokens revoked, its web sessions ended), but for the session that made the change.
 */
@Component
class Credentials {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final WebSessions sessions;

    Credentials(JdbcClient jdbc, PasswordEncoder passwords, WebSessions sessions) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.sessions = sessions;
    }

    boolean matches(UUID account, String password) {
        return password != null && jdbc.sql("select password_hash from account where id = :id").param("id", account)
                .query(String.class).optional().map(hash -> passwords.matches(password, hash)).orElse(false);
    }

    /** Sets a new password (already checked against the rules) and signs out everywhere but {@code keptSession}. */
    void replace(UUID account, String password, UUID keptSession, Instant now) {
        jdbc.sql("update account set password_hash = :hash, version = version + 1 where id = :id")
                .param("hash", passwords.encode(password)).param("id", account).update();
        signOutEverywhere(account, keptSession, now);
    }

    /** Revokes every API token of the account and ends its web sessions but {@code keptSession} (may be null). */
    void signOutEverywhere(UUID account, UUID keptSession, Instant now) {
        jdbc.sql("update api_token set revoked_at = :now where account = :account and revoked_at is null")
                .param("now", Timestamp.from(now)).param("account", account).update();
        sessions.endAll(account, keptSession, now);
    }
}
