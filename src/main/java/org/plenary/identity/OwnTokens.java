package org.plenary.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.plenary.audit.AuditLog;
import org.plenary.audit.AuditRecord;
import org.plenary.shared.Actor;
import org.plenary.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A person's own API tokens (never the secret, only when they were issued and expire), and revoking one. */
@Service
public class OwnTokens {

    public record ApiToken(UUID id, Instant issuedAt, Instant expiresAt) {
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    OwnTokens(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** The valid tokens of the signed-in person, the latest first. */
    @Transactional(readOnly = true)
    public List<ApiToken> mine() {
        return jdbc.sql("""
                select id, issued_at, expires_at from api_token
                 where account = :account and revoked_at is null and expires_at > :now order by issued_at desc
                """).param("account", Actor.require().accountId()).param("now", Timestamp.from(clock.instant()))
                .query((rs, n) -> new ApiToken(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant(),
                        rs.getTimestamp(3).toInstant()))
                .list();
    }

    /** Revokes one of the signed-in person's valid tokens; 404 if it is not theirs or no longer valid. */
    @Transactional
    public void revoke(UUID id) {
        int revoked = jdbc.sql("""
                update api_token set revoked_at = :now where id = :id and account = :account and revoked_at is null
                """).param("now", Timestamp.from(clock.instant())).param("id", id)
                .param("account", Actor.require().accountId()).update();
        if (revoked == 0) {
            throw new NotFoundException("Token", id);
        }
        audit.record(AuditRecord.changed("identity.token.revoked", "api-token", id, null,
                Map.of("revoked", false), Map.of("revoked", true)));
    }
}
