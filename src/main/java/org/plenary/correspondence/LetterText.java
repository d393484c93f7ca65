package org.plenary.correspondence;

import org.plenary.shared.InvalidInputException;

/** Checks the text fields of a letter. */
final class LetterText {

    private LetterText() {
    }

    static String required(String field, String value, int max) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty() || text.length() > max) {
            throw InvalidInputException.of(field, "Required, at most " + max + " characters");
        }
        return text;
    }

    static String optional(String field, String value, int max) {
        return value == null || value.isBlank() ? null : required(field, value, max);
    }
}
