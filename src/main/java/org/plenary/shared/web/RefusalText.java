package org.plenary.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.time.Instant;
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
                .map(key -> messages.getMessage(key, readable(e.arguments(), messages, locale), null, locale)).orElse(null);
        return translated == null ? new RefusalText(e.getMessage(), Locale.ENGLISH.getLanguage())
                : new RefusalText(translated, locale.getLanguage());
    }

    /**
     * Periods and instants as the reader says them (72 hours, 72 heures; 12 June 2020 at 16:00:05 UTC), never in
     * their ISO forms PT72H, 2020-06-12T16:00:05Z.
     */
    private static Object[] readable(List<Object> arguments, MessageSource messages, Locale locale) {
        return arguments.stream().map(a -> switch (a) {
            case Duration d -> Durations.words(d, locale);
            case Instant at -> new Texts(messages, locale).instant(at);
            case null, default -> a;
        }).toArray();
    }
}
