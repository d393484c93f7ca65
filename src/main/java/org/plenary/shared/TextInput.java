package org.plenary.shared;

/**
 * The one rule for text that people give, in every module, from the API and the pages alike. A text is
 * stripped of surrounding white space and has a maximum length. A one-line text (a title, a name, a reference)
 * holds no control character at all; a multi-line text (a letter's body, a proposal, a comment) holds tabs and
 * line breaks, its carriage returns made line feeds, and no other control character. U+0000, which PostgreSQL
 * cannot store, is thus refused everywhere.
 */
public final class TextInput {

    private TextInput() {
    }

    /** A required one-line text of at most {@code max} characters, stripped. */
    public static String line(String field, String value, int max) {
        String text = required(field, value, max);
        if (!isLine(text)) {
            throw InvalidInputException.of(field, "'" + field
                    + "' must be one line of text, without control characters");
        }
        return text;
    }

    /** A one-line text, or null when none is given (blank). */
    public static String optionalLine(String field, String value, int max) {
        return value == null || value.isBlank() ? null : line(field, value, max);
    }

    /** A required text of several lines, at most {@code max} characters, stripped, with line feeds only. */
    public static String lines(String field, String value, int max) {
        String text = required(field, value == null ? null : value.replace("\r\n", "\n").replace('\r', '\n'), max);
        if (!isLines(text)) {
            throw InvalidInputException.of(field, "'" + field
                    + "' may not hold control characters other than tabs and line breaks");
        }
        return text;
    }

    /** A text of several lines, or null when none is given (blank). */
    public static String optionalLines(String field, String value, int max) {
        return value == null || value.isBlank() ? null : lines(field, value, max);
    }

    /** Whether {@code text} may be a one-line text: no control character. */
    public static boolean isLine(String text) {
        return text.chars().noneMatch(Character::isISOControl);
    }

    /** Whether {@code text} may be a multi-line text: no control character but tab, line feed, carriage return. */
    public static boolean isLines(String text) {
        return text.chars().noneMatch(c -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r');
    }

    private static String required(String field, String value, int max) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw InvalidInputException.of(field, "'" + field + "' is required").withKey("refusal.text.required", field);
        }
        if (text.length() > max) {
            throw InvalidInputException.of(field, "'" + field + "' may have at most " + max + " characters ("
                    + text.length() + " given)").withKey("refusal.text.tooLong", text.length(), max, field);
        }
        return text;
    }
}
