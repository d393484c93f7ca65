package org.plenary.shared.web;

import java.util.Locale;
import org.springframework.context.MessageSource;

/** The interface texts in the reader's language, for templates: {@code ${t.get("nav.roster")}}. */
public record Texts(MessageSource messages, Locale locale) {

    public String get(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    public String language() {
        return locale.getLanguage();
    }
}
