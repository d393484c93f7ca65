package org.plenary.shared;

import java.util.List;
import java.util.Locale;

/**
 * The languages that content may exist in: the six official languages of the United Nations, in their order,
 * and for the content of a process only the languages the process works in.
 */
public final class ContentLanguages {

    public static final List<String> OFFICIAL = List.of("ar", "zh", "en", "fr", "ru", "es");

    private ContentLanguages() {
    }

    /** The language {@code code} names, if the process works in it; 400 saying why otherwise. */
    public static String require(String code, List<String> processLanguages) {
        String language = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        if (!OFFICIAL.contains(language)) {
            throw InvalidInputException.of("language", "'" + code
                    + "' is not one of the official languages ar, zh, en, fr, ru, es");
        }
        if (!processLanguages.contains(language)) {
            throw InvalidInputException.of("language", "The process does not work in '" + language
                    + "': its languages are " + String.join(", ", processLanguages));
        }
        return language;
    }
}
