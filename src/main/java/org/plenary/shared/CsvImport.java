package org.plenary.shared;

/**
 * What the CSV imports share (treaty statuses, contacts): the line a record starts on, and a refusal naming it.
 * Imports are all or nothing, so the first bad line is the whole answer.
 */
public final class CsvImport {

    private CsvImport() {
    }

    /** The line (from 1) on which the record at {@code position} of {@code text} starts, blank lines included. */
    public static long lineOf(String text, long position) {
        return 1 + text.substring(0, (int) Math.min(position, text.length())).chars().filter(c -> c == '\n').count();
    }

    /** A refusal of the import because of {@code line}. */
    public static InvalidInputException lineError(long line, String message) {
        return InvalidInputException.of("line " + line, "Line " + line + ": " + message);
    }
}
