package org.plenary.roster;

import org.plenary.shared.InvalidInputException;
import org.plenary.shared.TextInput;

/** Validation of the names and codes that identify participants. */
final class RosterNames {

    static final int MAX_NAME = 200;

    private RosterNames() {
    }

    static String clean(String name) {
        String cleaned = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (cleaned.isEmpty()) {
            throw InvalidInputException.of("name", "A name is required");
        }
        if (cleaned.length() > MAX_NAME) {
            throw InvalidInputException.of("name", "A name has at most " + MAX_NAME + " characters");
        }
        if (!TextInput.isLine(cleaned)) {
            throw InvalidInputException.of("name", "A name may not contain control characters");
        }
        return cleaned;
    }

    /**
     * Whether two names name the same participant: equal but for case, diacritics, spacing and punctuation
     * ("Côte d’Ivoire" and "COTE D'IVOIRE" agree; "Not Switzerland X" and "Switzerland" do not).
     */
    static boolean agree(String one, String other) {
        return comparable(one).equals(comparable(other));
    }

    private static String comparable(String name) {
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** An ISO 3166-1 alpha-3 code, upper case, or null when none is given. */
    static String iso3(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String upper = code.strip().toUpperCase(java.util.Locale.ROOT);
        if (!upper.matches("[A-Z]{3}")) {
            throw InvalidInputException.of("iso3", "'" + code + "' is not an ISO 3166-1 alpha-3 code (three letters)");
        }
        return upper;
    }
}
