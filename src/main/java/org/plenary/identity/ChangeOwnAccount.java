package org.plenary.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.plenary.audit.AuditLog;
import org.plenary.audit.AuditRecord;
import org.plenary.shared.Actor;
import org.plenary.shared.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person changes their own password (knowing the current one; every other session and every API token of theirs
 * stops working), their display name, or the language of their e-mails and pages.
 */
@Service
public class ChangeOwnAccount {

    private final Credentials credentials;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    ChangeOwnAccount(Credentials credentials, JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.credentials = credentials;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** {@code keptSession}: the web session making the change, which goes on (null from the API). */
    @Transactional
    public void changePassword(String currentPassword, String newPassword, UUID keptSession) {
        UUID account = Actor.require().accountId();
        if (!credentials.matches(account, currentPassword)) {
            throw InvalidInputException.of("currentPassword", "The current password is wrong")
                    .withKey("refusal.currentPassword");
        }
        PasswordRules.check(newPassword);
        Instant now = clock.instant();
        credentials.replace(account, newPassword, keptSession, now);
        audit.record(AuditRecord.changed("identity.password.changed", "account", account, null,
                Map.of(), Map.of("signedOutElsewhere", true)));
    }

    /** Answers the new display name; it shows on pages from the next sign-in. */
    @Transactional
    public String changeDisplayName(String displayName) {
        Actor actor = Actor.require();
        String name = AccountFields.displayName(displayName);
        String before = jdbc.sql("select display_name from account where id = :id for update")
                .param("id", actor.accountId()).query(String.class).single();
        jdbc.sql("update account set display_name = :name, version = version + 1 where id = :id")
                .param("name", name).param("id", actor.accountId()).update();
        audit.record(AuditRecord.changed("identity.account.renamed", "account", actor.accountId(), null,
                Map.of("displayName", before), Map.of("displayName", name)));
        return name;
    }

    /** Answers the new language (ar, zh, en, fr, ru or es): the person's next e-mails are written in it. */
    @Transactional
    public String changeLanguage(String language) {
        Actor actor = Actor.require();
        if (language == null || language.isBlank()) {
            throw InvalidInputException.of("language", "The language is one of ar, zh, en, fr, ru, es");
        }
        String chosen = AccountFields.language(language);
        String before = jdbc.sql("select language from account where id = :id for update")
                .param("id", actor.accountId()).query(String.class).single();
        jdbc.sql("update account set language = :language, version = version + 1 where id = :id")
                .param("language", chosen).param("id", actor.accountId()).update();
        audit.record(AuditRecord.changed("identity.account.language-changed", "account", actor.accountId(), null,
                Map.of("language", before), Map.of("language", chosen)));
        return chosen;
    }
}
