package org.plenary.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.plenary.audit.AuditLog;
import org.plenary.audit.AuditRecord;
import org.plenary.shared.Actor;
import org.plenary.shared.ConflictException;
import org.plenary.shared.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A second factor for an account: a TOTP secret shared with an authenticator app, confirmed by a first code, and
 * ten single-use recovery codes (stored as hashes) for the day the phone is lost. Each code is accepted once.
 */
@Service
public class SecondFactors {

    public static final int RECOVERY_CODES = 10;
    /** Wrong codes allowed per account within {@link #FAILURE_WINDOW} before every code is refused (RFC 4226, 7.3). */
    static final int MAX_FAILURES = 10;
    static final java.time.Duration FAILURE_WINDOW = java.time.Duration.ofMinutes(15);

    /** A started enrolment: the secret, as text and as the URI that authenticator apps read. */
    public record Enrolment(String secret, String uri) {
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final FailedCodes failures = new FailedCodes(MAX_FAILURES, FAILURE_WINDOW);

    SecondFactors(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean enrolled(AccountId account) {
        return jdbc.sql("select count(*) from account_second_factor where account = :a and confirmed_at is not null")
                .param("a", account.value()).query(Long.class).single() > 0;
    }

    /** The recovery codes left unused. */
    @Transactional(readOnly = true)
    public long recoveryCodesLeft(AccountId account) {
        return jdbc.sql("select count(*) from account_recovery_code where account = :a and used_at is null")
                .param("a", account.value()).query(Long.class).single();
    }

    /** Starts (or shows again) the signed-in person's enrolment; 409 once they have a second factor. */
    @Transactional
    public Enrolment start() {
        Actor actor = Actor.require();
        if (enrolled(new AccountId(actor.accountId()))) {
            throw new ConflictException("A second factor is set up already").withKey("refusal.secondFactorEnrolled");
        }
        Optional<String> pending = jdbc.sql("select secret from account_second_factor where account = :a")
                .param("a", actor.accountId()).query(String.class).optional();
        String secret = pending.orElseGet(() -> {
            String fresh = Totp.newSecret();
            jdbc.sql("insert into account_second_factor (account, secret) values (:a, :s)")
                    .param("a", actor.accountId()).param("s", fresh).update();
            return fresh;
        });
        return new Enrolment(secret, Totp.uri("Plenary", actor.username(), secret));
    }

    /** Confirms the enrolment with a first code of the app; answers the recovery codes, shown this once. */
    @Transactional
    public List<String> confirm(String code) {
        Actor actor = Actor.require();
        Instant now = clock.instant();
        String secret = jdbc.sql("select secret from account_second_factor where account = :a and confirmed_at is null for update")
                .param("a", actor.accountId()).query(String.class).optional()
                .orElseThrow(() -> new ConflictException("No enrolment is waiting for a code"));
        OptionalLong step = Totp.matchingStep(secret, code, now);
        if (step.isEmpty()) {
            throw InvalidInputException.of("code", "The code is wrong or has expired").withKey("refusal.code");
        }
        jdbc.sql("update account_second_factor set confirmed_at = :now, last_used_step = :step where account = :a")
                .param("now", Timestamp.from(now)).param("step", step.getAsLong()).param("a", actor.accountId()).update();
        List<String> codes = newRecoveryCodes(actor.accountId());
        audit.record(AuditRecord.changed("identity.second-factor.enrolled", "account", actor.accountId(), null,
                Map.of("secondFactor", false), Map.of("secondFactor", true, "recoveryCodes", codes.size())));
        return codes;
    }

    /** Removes the signed-in person's second factor, with a current code (or a recovery code) as proof. */
    @Transactional
    public void remove(String code) {
        Actor actor = Actor.require();
        if (!verify(new AccountId(actor.accountId()), code)) {
            throw InvalidInputException.of("code", "The code is wrong or has expired").withKey("refusal.code");
        }
        jdbc.sql("delete from account_recovery_code where account = :a").param("a", actor.accountId()).update();
        jdbc.sql("delete from account_second_factor where account = :a").param("a", actor.accountId()).update();
        audit.record(AuditRecord.changed("identity.second-factor.removed", "account", actor.accountId(), null,
                Map.of("secondFactor", true), Map.of("secondFactor", false)));
    }

    /**
     * Whether {@code code} is a current code of the account's app not used before, or one of its unused recovery
     * codes (then used up). After {@link #MAX_FAILURES} wrong codes in {@link #FAILURE_WINDOW}, every code is refused
     * until the window has passed, so that six digits cannot be guessed by someone who has the password.
     */
    @Transactional
    public boolean verify(AccountId id, String code) {
        UUID account = id.value();
        Instant now = clock.instant();
        if (failures.exhausted(account, now)) {
            return false;
        }
        boolean right = check(account, code, now);
        if (right) {
            failures.clear(account);
        } else {
            failures.add(account, now);
        }
        return right;
    }

    private boolean check(UUID account, String code, Instant now) {
        Optional<String> secret = jdbc.sql("select secret from account_second_factor where account = :a and confirmed_at is not null")
                .param("a", account).query(String.class).optional();
        if (secret.isEmpty() || code == null || code.length() > 40) {
            return false;
        }
        OptionalLong step = Totp.matchingStep(secret.get(), code, now);
        if (step.isPresent()) {
            return jdbc.sql("""
                    update account_second_factor set last_used_step = :step
                     where account = :a and (last_used_step is null or last_used_step < :step)
                    """).param("step", step.getAsLong()).param("a", account).update() == 1;
        }
        Optional<String> used = jdbc.sql("""
                update account_recovery_code set used_at = :now
                 where account = :a and code_hash = :hash and used_at is null returning code_hash
                """).param("now", Timestamp.from(now)).param("a", account)
                .param("hash", Secrets.sha256(code.strip().toLowerCase(java.util.Locale.ROOT)))
                .query(String.class).optional();
        used.ifPresent(hash -> audit.record(AuditRecord.changed("identity.recovery-code.used", "account", account,
                null, Map.of(), Map.of("recoveryCodesLeft", recoveryCodesLeft(new AccountId(account))))));
        return used.isPresent();
    }

    private List<String> newRecoveryCodes(UUID account) {
        jdbc.sql("delete from account_recovery_code where account = :a").param("a", account).update();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            String code = Secrets.recoveryCode();
            codes.add(code);
            jdbc.sql("insert into account_recovery_code (account, code_hash) values (:a, :h)")
                    .param("a", account).param("h", Secrets.sha256(code)).update();
        }
        return codes;
    }
}
