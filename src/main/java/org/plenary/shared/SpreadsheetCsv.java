package org.plenary.shared;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one way Plenary writes a CSV file that people open in a spreadsheet (the compilation of a consultation, the
 * contacts, …): it starts with a UTF-8 byte order mark, so that Excel reads accents as UTF-8, and every cell that a
 * spreadsheet would take for a formula (starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a
 * carriage return) is prefixed with a single quote, as OWASP recommends against CSV injection. An import that reads
 * such a file back ignores the byte order mark.
 */
public final class SpreadsheetCsv {

    public static final char BYTE_ORDER_MARK = '\uFEFF';

    private final StringWriter out = new StringWriter();
    private final CSVPrinter printer;

    public SpreadsheetCsv(String... header) {
        out.write(BYTE_ORDER_MARK);
        try {
            printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                    .setHeader(Arrays.stream(header).map(SpreadsheetCsv::cell).toArray(String[]::new)).get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds a row; a null cell is empty, other values are written as text, neutralised. */
    public SpreadsheetCsv row(Object... cells) {
        try {
            printer.printRecord(Arrays.stream(cells).map(c -> c == null ? null : cell(c.toString())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** The file so far, byte order mark first. */
    public String text() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The cell as a spreadsheet will show it without evaluating it. */
    static String cell(String value) {
        if (value.isEmpty()) {
            return value;
        }
        return switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
            default -> value;
        };
    }
}
