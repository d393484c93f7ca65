package org.plenary.silence;

import org.plenary.shared.InvalidInputException;
import org.plenary.shared.SingleLine;

/** Checks the texts of a procedure and of the answers to it. */
final class ProcedureText {

    private ProcedureText() {
    }

    static String required(String field, String value, int max) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty() || text.length() > max) {
            throw InvalidInputException.of(field, "Required, at most " + max + " characters");
        }
        return text;
    }

    static String line(String field, String value, int max) {
        String text = required(field, value, max);
        if (SingleLine.hasControlCharacters(text)) {
            throw InvalidInputException.of(field, "One line of text, without control characters");
        }
        return text;
    }

    static String optional(String field, String value, int max) {
        return value == null || value.isBlank() ? null : required(field, value, max);
    }
}
