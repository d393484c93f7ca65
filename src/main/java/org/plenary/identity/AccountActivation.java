package org.plenary.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.plenary.audit.AuditLog;
import org.plenary.audit.AuditRecord;
import org.plenary.shared.Actor;
import org.plenary.shared.ConflictException;
import org.plenary.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator deactivates an account (its sessions and tokens stop at once, sign-in is refused) and reactivates
 * it (the person signs in again). The two transitions, active → deactivated → active, are guarded here.
 */
@Service
public class AccountActivation {

    private final JdbcClient jdbc;
    private final Credentials credentials;
    private final AuditLog audit;
    private final Clock clock;

    AccountActivation(JdbcClient jdbc, Credentials credentials, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.credentials = credentials;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public void deactivate(AccountId id) {
        Actor actor = Actor.require();
        IdentityPolicy.mayManageAccounts(actor).orForbid();
        boolean active = lockActive(id);
        if (actor.accountId().equals(id.value())) {
            throw new ConflictException("You cannot deactivate your own account").withKey("refusal.deactivateSelf");
        }
        if (!active) {
            throw new ConflictException("The account is deactivated already");
        }
        Instant now = clock.instant();
        jdbc.sql("update account set deactivated_at = :now, version = version + 1 where id = :id")
                .param("now", Timestamp.from(now)).param("id", id.value()).update();
        credentials.signOutEverywhere(id.value(), null, now);
        audit.record(AuditRecord.changed("identity.account.deactivated", "account", id, null,
                Map.of("active", true), Map.of("active", false)));
    }

    @Transactional
    public void reactivate(AccountId id) {
        IdentityPolicy.mayManageAccounts(Actor.require()).orForbid();
        if (lockActive(id)) {
            throw new ConflictException("The account is active already");
        }
        jdbc.sql("update account set deactivated_at = null, version = version + 1 where id = :id")
                .param("id", id.value()).update();
        audit.record(AuditRecord.changed("identity.account.reactivated", "account", id, null,
                Map.of("active", false), Map.of("active", true)));
    }

    /** Whether the account is active, its row locked against a concurrent change; 404 if there is none. */
    private boolean lockActive(AccountId id) {
        return jdbc.sql("select deactivated_at is null from account where id = :id for update")
                .param("id", id.value()).query(Boolean.class).optional()
                .orElseThrow(() -> new NotFoundException("User", id));
    }

    /** The accounts deactivated now, for the administrators' list. */
    @Transactional(readOnly = true)
    public java.util.Set<UUID> deactivated() {
        IdentityPolicy.mayManageAccounts(Actor.require()).orForbid();
        return java.util.Set.copyOf(jdbc.sql("select id from account where deactivated_at is not null")
                .query(UUID.class).list());
    }
}
