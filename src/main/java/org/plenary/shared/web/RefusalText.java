package org.plenary.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.plenary.shared.DomainException;
import org.plenary.shared.Durations;
import org.springframework.context.MessageSource;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The reason of a refusal as a page shows it: in the reader's language when the refusal names its key (see
 * {@link DomainException#withKey}), otherwise its English message; {@code language} is the language of
 * {@code text}, for the {@code lang} attribute.
 */
record RefusalText(String text, String language) {

    static RefusalText of(DomainException e, HttpServletRequest request) {
        Locale locale = RequestContextUtils.getLocale(request);
        MessageSource messages = RequestContextUtils.findWebApplicationContext(request);
        String translated = e.key().filter(key -> messages != null)
                .map(key -> messages.getMessage(key, readable(e.arguments(), locale), null, locale)).orElse(null);
        return translated == null ? new RefusalText(e.getMessage(), Locale.ENGLISH.getLanguage())
                : new RefusalText(translated, locale.getLanguage());
    }

    /** Periods as the reader says them (72 hours, 72 heures), never as their ISO form PT72H. */
    private static Object[] readable(List<Object> arguments, Locale locale) {
        return arguments.stream().map(a -> a instanceof Duration d ? Durations.words(d, locale) : a).toArray();
    }
}
