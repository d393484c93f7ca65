package org.plenary.roster;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.plenary.shared.Actor;
import org.plenary.shared.ConflictException;
import org.plenary.shared.CsvImport;
import org.plenary.shared.DomainException;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.NotFoundException;
import org.plenary.shared.StrictUtf8;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports treaty statuses from CSV with the header {@code name,iso3,status,since} and, optionally, the names of the
 * States in the other official languages, {@code name_ar,name_zh,name_fr,name_ru,name_es} (further columns are
 * ignored). All or nothing: the first bad row is reported with its line number and nothing is kept.
 * States not yet on the roster are created. A row whose ISO code is that of a participant with another name
 * ({@link RosterNames#agree}) is a bad row: the code alone does not say which State the row means.
 */
@Service
public class ImportTreatyStatuses {

    public static final List<String> COLUMNS = List.of("name", "iso3", "status", "since");
    static final int MAX_ROWS = 2_000;

    public record Result(int rows, int participantsCreated, int statusesRecorded) {
    }

    record Row(long line, String name, String iso3, TreatyStatus status, LocalDate since, Map<String, String> names) {
    }

    private final ParticipantRepository participants;
    private final TreatyRepository treaties;
    private final RegisterParticipant register;
    private final RecordTreatyStatus recordStatus;
    private final RecordParticipantNames recordNames;

    ImportTreatyStatuses(ParticipantRepository participants, TreatyRepository treaties, RegisterParticipant register,
            RecordTreatyStatus recordStatus, RecordParticipantNames recordNames) {
        this.recordNames = recordNames;
        this.participants = participants;
        this.treaties = treaties;
        this.register = register;
        this.recordStatus = recordStatus;
    }

    /** Imports a CSV sent as bytes, which must be UTF-8 (400 otherwise, rather than names with U+FFFD in them). */
    @Transactional
    public Result execute(String treaty, byte[] csv) {
        return execute(treaty, csv == null ? null : StrictUtf8.decode(csv, "body"));
    }

    @Transactional
    public Result execute(String treaty, String csv) {
        RosterPolicy.mayChange(Actor.require()).orForbid();
        if (!treaties.existsById(treaty)) {
            throw new NotFoundException("Treaty", treaty);
        }
        List<Row> rows = parse(csv);
        int created = 0;
        int recorded = 0;
        for (Row row : rows) {
            try {
                Participant participant = find(row);
                if (participant == null) {
                    participant = register.register(
                            new RegisterParticipant.Command(row.name(), ParticipantKind.STATE, row.iso3(), null));
                    created++;
                }
                if (recordStatus.record(participant, treaty, row.status(), row.since())) {
                    recorded++;
                }
                recordNames.record(participant, row.names());
            } catch (DomainException e) {
                throw CsvImport.lineError(row.line(), e.getMessage());
            }
        }
        return new Result(rows.size(), created, recorded);
    }

    private Participant find(Row row) {
        Participant byCode = row.iso3() == null ? null : participants.findByIso3(row.iso3()).orElse(null);
        Participant byName = participants.findByNameIgnoringCase(row.name()).orElse(null);
        if (byCode != null && byName != null && !byCode.id().equals(byName.id())) {
            throw new ConflictException(row.iso3() + " belongs to " + byCode.name() + ", not to " + byName.name());
        }
        if (byCode != null && !RosterNames.agree(byCode.name(), row.name())) {
            throw new ConflictException(row.iso3() + " is the code of " + byCode.name() + ", not of " + row.name());
        }
        if (byCode == null && byName != null && byName.iso3() != null && row.iso3() != null) {
            throw new ConflictException(byName.name() + " has the code " + byName.iso3() + ", not " + row.iso3());
        }
        return byCode != null ? byCode : byName;
    }

    static List<Row> parse(String csv) {
        if (csv == null || csv.isBlank()) {
            throw InvalidInputException.of("body", "The CSV is empty; expected the header name,iso3,status,since");
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();
        String text = csv.replace("\uFEFF", "").stripTrailing();
        try (Reader reader = new StringReader(text); CSVParser parser = format.parse(reader)) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
            if (!header.containsAll(COLUMNS)) {
                throw CsvImport.lineError(1, "the header must name the columns " + String.join(",", COLUMNS));
            }
            if (new HashSet<>(header).size() < header.size()) {
                throw CsvImport.lineError(1, "the header names a column twice");
            }
            List<Row> rows = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (CSVRecord record : parser) {
                long line = CsvImport.lineOf(text, record.getCharacterPosition());
                if (rows.size() == MAX_ROWS) {
                    throw CsvImport.lineError(line, "an import holds at most " + MAX_ROWS + " rows");
                }
                Row row = row(record, line, header);
                if (!seen.add((row.iso3() != null ? row.iso3() : row.name().toLowerCase(Locale.ROOT)) + "@" + row.since())) {
                    throw CsvImport.lineError(line, row.name() + " already has a row for " + row.since());
                }
                rows.add(row);
            }
            if (rows.isEmpty()) {
                throw CsvImport.lineError(2, "the CSV has a header but no rows");
            }
            return rows;
        } catch (IllegalArgumentException e) {
            // commons-csv refuses a header with an empty column name
            throw CsvImport.lineError(1, e.getMessage());
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            throw InvalidInputException.of("body", "The CSV cannot be read: " + e.getMessage());
        }
    }

    private static Row row(CSVRecord record, long line, List<String> header) {
        if (!record.isConsistent()) {
            throw CsvImport.lineError(line, "expected " + header.size() + " columns, found " + record.size());
        }
        try {
            String name = RosterNames.clean(field(record, header, "name"));
            String iso3 = RosterNames.iso3(field(record, header, "iso3"));
            TreatyStatus status = TreatyStatus.valueOf(field(record, header, "status").toUpperCase(Locale.ROOT));
            LocalDate since = LocalDate.parse(field(record, header, "since"));
            return new Row(line, name, iso3, status, since, names(record, header));
        } catch (InvalidInputException e) {
            throw CsvImport.lineError(line, e.getMessage());
        } catch (IllegalArgumentException e) {
            throw CsvImport.lineError(line, "the status must be STATE_PARTY, SIGNATORY or NONE");
        } catch (DateTimeParseException e) {
            throw CsvImport.lineError(line, "the date '" + e.getParsedString()
                    + "' is not a date of the form YYYY-MM-DD");
        }
    }

    /** The names given in the optional columns {@code name_ar}, … (an empty cell gives none). */
    private static Map<String, String> names(CSVRecord record, List<String> header) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String language : ParticipantNames.TRANSLATED) {
            String column = "name_" + language;
            if (header.contains(column) && !field(record, header, column).isEmpty()) {
                try {
                    names.put(language, RosterNames.clean(field(record, header, column)));
                } catch (InvalidInputException e) {
                    throw InvalidInputException.of(column, column + ": " + e.getMessage());
                }
            }
        }
        return names;
    }

    private static String field(CSVRecord record, List<String> header, String column) {
        return record.get(header.indexOf(column)).strip();
    }
}
