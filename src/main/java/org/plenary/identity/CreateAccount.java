package org.plenary.identity;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.plenary.audit.AuditLog;
import org.plenary.audit.AuditRecord;
import org.plenary.roster.ParticipantId;
import org.plenary.roster.Roster;
import org.plenary.shared.Actor;
import org.plenary.shared.ConflictException;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.TextInput;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates an account for an officer, an administrator, or a delegate of a State or organisation. */
@Service
public class CreateAccount {

    public record Command(String username, String password, String displayName, String email,
            ParticipantId participant, boolean admin, String language) {
    }

    private final AccountRepository accounts;
    private final Roster roster;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final Clock clock;

    CreateAccount(AccountRepository accounts, Roster roster, PasswordEncoder passwords, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.roster = roster;
        this.passwords = passwords;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Account execute(Command command) {
        IdentityPolicy.mayManageAccounts(Actor.require()).orForbid();
        return create(command);
    }

    /** Creates without an actor check: for the first administrator at first start. */
    Account create(Command command) {
        String username = command.username() == null ? "" : command.username().strip().toLowerCase(Locale.ROOT);
        if (!username.matches("[a-z0-9][a-z0-9._-]{2,49}")) {
            throw InvalidInputException.of("username",
                    "A username has 3 to 50 letters, digits, dots, hyphens or underscores");
        }
        PasswordRules.check(command.password());
        String displayName = command.displayName() == null ? "" : command.displayName().strip();
        if (displayName.isEmpty() || displayName.length() > 200 || !TextInput.isLine(displayName)) {
            throw InvalidInputException.of("displayName", "A display name of 1 to 200 characters, on one line, is required");
        }
        String email = command.email() == null ? "" : command.email().strip();
        if (!email.matches("[^@\\s]+@[^@\\s]+") || email.length() > 254 || !TextInput.isLine(email)) {
            throw InvalidInputException.of("email", "A valid e-mail address is required");
        }
        UUID participant = null;
        if (command.participant() != null) {
            if (command.admin()) {
                throw InvalidInputException.of("admin", "A delegate account cannot be an administrator");
            }
            participant = roster.participant(command.participant())
                    .orElseThrow(() -> InvalidInputException.of("participantId", "No participant has this id"))
                    .id().value();
        }
        String language = AccountFields.language(command.language());
        if (accounts.findByUsername(username).isPresent()) {
            throw new ConflictException("The username '" + username + "' is taken");
        }
        Account account = accounts.save(Account.create(username, passwords.encode(command.password()), displayName,
                email, participant, command.admin(), language, clock.instant()));
        audit.record(AuditRecord.created("identity.account.created", "account", account.id(), null,
                Map.of("username", username, "displayName", displayName, "email", email,
                        "participant", String.valueOf(participant), "admin", command.admin(), "language", language)));
        return account;
    }
}
