package org.plenary.roster;

import java.time.Clock;
import java.util.Map;
import org.plenary.audit.AuditLog;
import org.plenary.audit.AuditRecord;
import org.plenary.shared.Actor;
import org.plenary.shared.ConflictException;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.TextInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers a treaty, such as {@code CCM}, whose statuses the roster records. */
@Service
public class CreateTreaty {

    public record Command(String code, String title) {
    }

    private final TreatyRepository treaties;
    private final AuditLog audit;
    private final Clock clock;

    CreateTreaty(TreatyRepository treaties, AuditLog audit, Clock clock) {
        this.treaties = treaties;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Treaty execute(Command command) {
        RosterPolicy.mayChange(Actor.require()).orForbid();
        String code = command.code() == null ? "" : command.code().strip();
        if (!code.matches("[A-Z][A-Z0-9-]{0,19}")) {
            throw InvalidInputException.of("code",
                    "A treaty code is 1 to 20 capital letters, digits or hyphens, starting with a letter (e.g. CCM)");
        }
        String title = command.title() == null ? "" : command.title().strip();
        if (title.isEmpty() || title.length() > 300 || !TextInput.isLine(title)) {
            throw InvalidInputException.of("title", "A title of 1 to 300 characters, on one line, is required");
        }
        if (treaties.existsById(code)) {
            throw new ConflictException("The treaty " + code + " already exists");
        }
        Treaty treaty = treaties.save(new Treaty(code, title, clock.instant()));
        audit.record(AuditRecord.created("roster.treaty.created", "treaty", code, null, Map.of("title", title)));
        return treaty;
    }
}
