package org.plenary.shared;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A text that delegations read: its original language and text, and its versions in other languages, in the
 * official order. Before the text is final a version may be added or corrected; once final (a letter sent, a
 * procedure circulated) the delegations have read it, and a version can still be added but no longer changed.
 */
public record LanguageVersions<T>(String original, T originalText, Map<String, T> versions) {

    public LanguageVersions {
        Map<String, T> ordered = new LinkedHashMap<>();
        for (String language : ContentLanguages.OFFICIAL) {
            if (versions.containsKey(language)) {
                ordered.put(language, versions.get(language));
            }
        }
        versions = Collections.unmodifiableMap(ordered);
    }

    /** The languages the text exists in: the original first, then its versions. */
    public List<String> languages() {
        List<String> languages = new ArrayList<>(List.of(original));
        languages.addAll(versions.keySet());
        return languages;
    }

    public boolean has(String language) {
        return original.equals(language) || versions.containsKey(language);
    }

    /** The language shown to a reader of {@code preferred}: that one where the text exists in it, else the original. */
    public String shownTo(String preferred) {
        return preferred != null && has(preferred) ? preferred : original;
    }

    /**
     * The language a reader asks for: the original when none is asked; 400 for a code that is not an official
     * language, 404 for a language the text does not exist in.
     */
    public String existing(String requested) {
        if (requested == null || requested.isBlank()) {
            return original;
        }
        String language = requested.strip().toLowerCase(java.util.Locale.ROOT);
        if (!ContentLanguages.OFFICIAL.contains(language)) {
            throw InvalidInputException.of("lang", "'" + requested
                    + "' is not one of the official languages ar, zh, en, fr, ru, es");
        }
        if (!has(language)) {
            throw new NotFoundException("Language version", language);
        }
        return language;
    }

    /** The text in {@code language}, which must be one it exists in. */
    public T in(String language) {
        return original.equals(language) ? originalText : versions.get(language);
    }

    /**
     * Refuses a version in {@code language} that may not be written now: one in the original language (400: the
     * original is the text itself), or a change of an existing version once the text is final (409).
     */
    public void requireWritable(String language, boolean isFinal, String what) {
        if (original.equals(language)) {
            throw InvalidInputException.of("language", "'" + language + "' is the original language of " + what
                    + ": a version is in another language");
        }
        if (isFinal && versions.containsKey(language)) {
            throw new ConflictException("The '" + language + "' version of " + what + " already exists and " + what
                    + " is final: a version can be added but no longer changed");
        }
    }
}
