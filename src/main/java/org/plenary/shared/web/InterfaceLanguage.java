package org.plenary.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import org.plenary.shared.Actor;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The language of a page, one of {@link WebConfiguration#LANGUAGES}: the one chosen with {@code ?lang=}
 * (remembered in a cookie), else the signed-in account's language, else the first of the browser's preferences
 * (Accept-Language) that the interface has, else English. Under {@code /api/} an Accept-Language header comes
 * before the account's language, as the API contract says: an integrator asks for what it wants. A language the interface does not have is never chosen.
 */
class InterfaceLanguage extends CookieLocaleResolver {

    InterfaceLanguage() {
        super("plenary-lang");
        setCookieMaxAge(Duration.ofDays(365));
        setDefaultLocaleFunction(request -> (api(request) ? preferred(request) : Optional.<Locale>empty())
                .or(() -> Actor.language().flatMap(InterfaceLanguage::supported))
                .or(() -> preferred(request)).orElse(Locale.ENGLISH));
    }

    /** {@code ?lang=} with a language the interface does not have changes nothing. */
    @Override
    public void setLocaleContext(HttpServletRequest request, HttpServletResponse response, LocaleContext context) {
        Locale locale = context == null ? null : context.getLocale();
        if (locale == null) {
            super.setLocaleContext(request, response, null);
        } else {
            supported(locale.getLanguage()).ifPresent(l -> super.setLocaleContext(request, response,
                    new SimpleLocaleContext(l)));
        }
    }

    /** A cookie naming a language the interface does not have counts as no choice. */
    @Override
    protected Locale parseLocaleValue(String value) {
        Locale parsed = super.parseLocaleValue(value);
        return parsed == null ? null : supported(parsed.getLanguage()).orElse(null);
    }

    /** An API client that names the languages it wants (Accept-Language) is answered in them, whoever signs in. */
    private static boolean api(HttpServletRequest request) {
        return request.getRequestURI().startsWith("/api/") && request.getHeader("Accept-Language") != null;
    }

    private static Optional<Locale> preferred(HttpServletRequest request) {
        return Collections.list(request.getLocales()).stream().map(Locale::getLanguage)
                .map(InterfaceLanguage::supported).flatMap(Optional::stream).findFirst();
    }

    static Optional<Locale> supported(String language) {
        return WebConfiguration.LANGUAGES.stream().filter(l -> l.getLanguage().equals(language)).findFirst();
    }
}
