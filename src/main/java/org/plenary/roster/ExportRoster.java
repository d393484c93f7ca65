package org.plenary.roster;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.SpreadsheetCsv;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The roster out: every State's treaty statuses over time as the CSV that {@link ImportTreatyStatuses} reads back
 * (one row per change, with the names in the other official languages), and every participant for a JSON export.
 */
@Service
@Transactional(readOnly = true)
public class ExportRoster {

    /** A participant with its names in every known language, the English one among them. */
    public record Entry(Participant participant, Map<String, String> names) {
    }

    private final Roster roster;
    private final ParticipantNames names;

    ExportRoster(Roster roster, ParticipantNames names) {
        this.roster = roster;
        this.names = names;
    }

    /** The statuses towards {@code treaty}, re-importable into a treaty by {@link ImportTreatyStatuses}. */
    public String csv(String treaty) {
        requireTreaty(treaty);
        List<String> header = new ArrayList<>(ImportTreatyStatuses.COLUMNS);
        ParticipantNames.TRANSLATED.forEach(language -> header.add("name_" + language));
        SpreadsheetCsv csv = new SpreadsheetCsv(header.toArray(String[]::new));
        for (Entry entry : entries(treaty)) {
            Participant p = entry.participant();
            List<String> translated = ParticipantNames.TRANSLATED.stream().map(l -> entry.names().get(l)).toList();
            for (StatusChange change : p.history(treaty)) {
                csv.row(Stream.concat(Stream.of(p.name(), p.iso3(), change.status(), change.since()),
                        translated.stream()).toArray());
            }
        }
        return csv.text();
    }

    /** Every participant, by name; with a {@code treaty}, only those with a status towards it. */
    public List<Entry> entries(String treaty) {
        if (treaty != null) {
            requireTreaty(treaty);
        }
        Map<UUID, Map<String, String>> translated = names.all();
        return roster.participants().stream()
                .filter(p -> treaty == null || !p.history(treaty).isEmpty())
                .map(p -> new Entry(p, names.of(p, translated)))
                .toList();
    }

    /** An unknown treaty is a wrong parameter of the export (400), not an unknown export. */
    private void requireTreaty(String treaty) {
        if (!roster.treatyExists(treaty)) {
            throw InvalidInputException.of("treaty", "There is no treaty " + treaty);
        }
    }
}
