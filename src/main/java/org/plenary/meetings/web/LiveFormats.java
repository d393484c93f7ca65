package org.plenary.meetings.web;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.plenary.meetings.LiveMeetings;
import org.plenary.shared.web.Texts;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * The forms in which the live state of a meeting is pushed: JSON for programs, and an HTML fragment per
 * interface language for the live page. One instance per form, so a change is rendered once per form.
 */
@Component
class LiveFormats {

    private final LiveMeetings.Format json;
    private final Map<Locale, LiveMeetings.Format> html = new ConcurrentHashMap<>();
    private final TemplateEngine templates;
    private final MessageSource messages;

    LiveFormats(ObjectMapper mapper, TemplateEngine templates, MessageSource messages) {
        this.json = state -> mapper.writeValueAsString(LiveResponse.of(state));
        this.templates = templates;
        this.messages = messages;
    }

    LiveMeetings.Format json() {
        return json;
    }

    LiveMeetings.Format html(Locale locale) {
        return html.computeIfAbsent(locale, l -> state -> {
            StringOutput out = new StringOutput();
            templates.render("meetings/live-state.jte", Map.of("t", new Texts(messages, l), "live", state), out);
            return out.toString();
        });
    }
}
