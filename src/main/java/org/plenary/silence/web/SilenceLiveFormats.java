package org.plenary.silence.web;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.plenary.shared.web.Texts;
import org.plenary.silence.LiveProcedures;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The HTML fragment of a procedure's page that is pushed live, per interface language and per kind of reader
 * (officers also see the eligible States); one format each, so that a change is rendered once per format.
 */
@Component
class SilenceLiveFormats {

    private record Key(Locale locale, boolean officer) {
    }

    private final Map<Key, LiveProcedures.Format> html = new ConcurrentHashMap<>();
    private final TemplateEngine templates;
    private final MessageSource messages;
    private final Clock clock;

    SilenceLiveFormats(TemplateEngine templates, MessageSource messages, Clock clock) {
        this.templates = templates;
        this.messages = messages;
        this.clock = clock;
    }

    LiveProcedures.Format html(Locale locale, boolean officer) {
        return html.computeIfAbsent(new Key(locale, officer), k -> view -> {
            StringOutput out = new StringOutput();
            templates.render("silence/state.jte", Map.of("t", new Texts(messages, locale), "view", view,
                    "officer", officer, "answers", true, "now", clock.instant()), out);
            return out.toString();
        });
    }
}
