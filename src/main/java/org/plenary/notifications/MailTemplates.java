package org.plenary.notifications;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.List;
import java.util.Map;
import org.jsoup.parser.Parser;
import org.plenary.shared.web.Texts;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * Renders the two parts of an e-mail from JTE templates, like the pages: the HTML part from {@code name.jte}, the
 * plain-text part from {@code name-text.jte}. Templates are compiled for HTML, so the text part comes out escaped
 * and is unescaped once: what a recipient reads is exactly the text, and no HTML is ever put together in Java.
 */
@NamedInterface("api")
@Component
public class MailTemplates {

    /** Both parts of an e-mail. */
    @NamedInterface("api")
    public record Parts(String text, String html) {
    }

    private final TemplateEngine templates;

    MailTemplates(TemplateEngine templates) {
        this.templates = templates;
    }

    public Parts render(String name, Map<String, Object> params) {
        return new Parts(Parser.unescapeEntities(output(name + "-text.jte", params), false),
                output(name + ".jte", params));
    }

    /**
     * The e-mail to {@code to}, in the language of {@code t}, from the templates {@code name} given {@code t} and
     * {@code content} (as {@code mail}), without attachments.
     */
    public OutgoingMail compose(String to, Texts t, String name, Object content, String subject) {
        Parts parts = render(name, Map.of("t", t, "mail", content));
        return new OutgoingMail(to, t.language(), subject, parts.text(), parts.html(), List.of());
    }

    private String output(String template, Map<String, Object> params) {
        StringOutput out = new StringOutput();
        templates.render(template, params, out);
        return out.toString();
    }
}
