package org.plenary.contacts;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.plenary.shared.CsvImport;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.SpreadsheetCsv;

/** Contacts as CSV, {@code participant,email,name,role,language}: read for the import, written for the export. */
final class ContactsCsv {

    static final List<String> COLUMNS = List.of("participant", "email", "name", "role", "language");
    static final int MAX_ROWS = 5_000;

    record Row(long line, String participant, String email, String name, String role, String language) {
    }

    private ContactsCsv() {
    }

    /** Every contact, its participant named by ISO code (States) or name, as a spreadsheet reads it safely. */
    static String write(List<Contact> contacts, Map<UUID, String> participantKeys) {
        SpreadsheetCsv csv = new SpreadsheetCsv(COLUMNS.toArray(String[]::new));
        contacts.forEach(c -> csv.row(participantKeys.get(c.participant().value()), c.email(), c.name(),
                c.role().name(), c.language()));
        return csv.text();
    }

    static List<Row> parse(String csv) {
        if (csv == null || csv.isBlank()) {
            throw InvalidInputException.of("body", "The CSV is empty; expected the header " + String.join(",", COLUMNS));
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();
        String text = csv.replace(String.valueOf(SpreadsheetCsv.BYTE_ORDER_MARK), "").stripTrailing();
        try (Reader reader = new StringReader(text); CSVParser parser = format.parse(reader)) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
            if (!header.containsAll(List.of("participant", "email", "role")) || new HashSet<>(header).size() < header.size()) {
                throw CsvImport.lineError(1, "the header must name the columns " + String.join(",", COLUMNS)
                        + ", each once");
            }
            List<Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                long line = CsvImport.lineOf(text, record.getCharacterPosition());
                if (rows.size() == MAX_ROWS) {
                    throw CsvImport.lineError(line, "an import holds at most " + MAX_ROWS + " rows");
                }
                if (!record.isConsistent()) {
                    throw CsvImport.lineError(line, "expected " + header.size() + " columns, found " + record.size());
                }
                rows.add(new Row(line, field(record, header, "participant"), field(record, header, "email"),
                        field(record, header, "name"), field(record, header, "role"), field(record, header, "language")));
            }
            if (rows.isEmpty()) {
                throw CsvImport.lineError(2, "the CSV has a header but no rows");
            }
            return rows;
        } catch (IllegalArgumentException e) {
            throw CsvImport.lineError(1, e.getMessage());
        } catch (IOException | IllegalStateException | UncheckedIOException e) {
            throw InvalidInputException.of("body", "The CSV cannot be read: " + e.getMessage());
        }
    }

    static ContactRole role(String text) {
        try {
            return ContactRole.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("role", "The role '" + text + "' is not one of MISSION, FOCAL_POINT, "
                    + "CAPITAL, OTHER");
        }
    }

    private static String field(CSVRecord record, List<String> header, String column) {
        int index = header.indexOf(column);
        return index < 0 ? "" : record.get(index).strip();
    }
}
