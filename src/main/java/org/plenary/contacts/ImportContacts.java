package org.plenary.contacts;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.plenary.roster.Participant;
import org.plenary.roster.Roster;
import org.plenary.shared.Actor;
import org.plenary.shared.ConflictException;
import org.plenary.shared.CsvImport;
import org.plenary.shared.DomainException;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.StrictUtf8;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports contacts from CSV with the header {@code participant,email,name,role,language}, where the participant
 * is named by its ISO 3166 code or its exact name. All or nothing: the first bad row (an unknown participant, a
 * malformed address, an unknown role or language, an address the participant has already) is reported with its
 * line and nothing is kept.
 */
@Service
public class ImportContacts {

    public record Result(int contacts) {
    }

    private final Roster roster;
    private final AddContact add;

    ImportContacts(Roster roster, AddContact add) {
        this.roster = roster;
        this.add = add;
    }

    /** Imports a CSV file as it was sent: its bytes must be UTF-8. */
    @Transactional
    public Result execute(byte[] csv) {
        ContactPolicy.mayKeepAll(Actor.require()).orForbid();
        return execute(csv == null ? null : StrictUtf8.decode(csv, "body"));
    }

    @Transactional
    public Result execute(String csv) {
        ContactPolicy.mayKeepAll(Actor.require()).orForbid();
        List<ContactsCsv.Row> rows = ContactsCsv.parse(csv);
        List<Participant> participants = roster.participants();
        Map<String, Participant> byCode = participants.stream().filter(p -> p.iso3() != null)
                .collect(Collectors.toMap(Participant::iso3, Function.identity()));
        Map<String, Participant> byName = participants.stream()
                .collect(Collectors.toMap(p -> p.name().toLowerCase(Locale.ROOT), Function.identity()));
        Set<String> seen = new HashSet<>();
        for (ContactsCsv.Row row : rows) {
            try {
                Participant participant = Optional.ofNullable(byCode.get(row.participant().toUpperCase(Locale.ROOT)))
                        .or(() -> Optional.ofNullable(byName.get(row.participant().toLowerCase(Locale.ROOT))))
                        .orElseThrow(() -> InvalidInputException.of("participant", "No State or organisation has "
                                + "the code or name '" + row.participant() + "'"));
                ContactDetails details = ContactDetails.of(row.email(), row.name(), ContactsCsv.role(row.role()),
                        row.language());
                if (!seen.add(participant.id() + " " + details.email().toLowerCase(Locale.ROOT))) {
                    throw new ConflictException("the address " + details.email() + " is given twice for "
                            + participant.name());
                }
                add.add(participant.id(), details);
            } catch (DomainException e) {
                throw CsvImport.lineError(row.line(), e.getMessage());
            }
        }
        return new Result(rows.size());
    }
}
