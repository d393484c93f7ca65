package org.plenary.shared;

/**
 * Checks a one-line text (a title, a name): it may not hold control characters such as a line break or
 * U+0000, which PostgreSQL cannot even store.
 */
public final class SingleLine {

    private SingleLine() {
    }

    public static boolean hasControlCharacters(String text) {
        return text != null && text.chars().anyMatch(Character::isISOControl);
    }
}
