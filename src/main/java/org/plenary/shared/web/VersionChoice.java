package org.plenary.shared.web;

import java.util.List;
import org.plenary.shared.LanguageVersions;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Which language version of a text a page shows: the one the reader chose ({@code ?version=fr}), else the one in
 * the reader's language, else the original; with the languages the text exists in, to switch between them.
 */
public record VersionChoice(String shown, String original, List<String> languages) {

    public static VersionChoice of(LanguageVersions<?> versions, String requested) {
        String shown = requested != null && versions.has(requested) ? requested
                : versions.shownTo(LocaleContextHolder.getLocale().getLanguage());
        return new VersionChoice(shown, versions.original(), versions.languages());
    }

    /** Whether the page says which version it shows: when there are several, or the reader's is missing. */
    public boolean worthSaying() {
        return languages.size() > 1 || !shown.equals(LocaleContextHolder.getLocale().getLanguage());
    }
}
