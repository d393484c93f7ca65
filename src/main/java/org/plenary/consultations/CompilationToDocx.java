package org.plenary.consultations;

import java.time.Clock;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The compilation as a Word document (through {@link CompilationDocx}): every amendment a tracked change against
 * the base text, dated when it is compiled, categories and stances labelled in the reader's language.
 */
@Component
public class CompilationToDocx {

    private final MessageSource messages;
    private final Clock clock;

    CompilationToDocx(MessageSource messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    public byte[] of(Compilation c, String subtitle, Locale locale) {
        return CompilationDocx.write(new CompilationDocx.Document(c.consultation().title(), subtitle,
                c.elements().stream().map(e -> new CompilationDocx.Element(e.ref(), e.text(), e.counts().retain(),
                        e.counts().amend(), e.counts().delete(), e.positions().stream()
                        .map(v -> new CompilationDocx.View(v.onBehalfOf() == null ? v.participantName()
                                : v.participantName() + " (" + v.onBehalfOf() + ")",
                                label(locale, "enum.Category." + v.category().name()),
                                label(locale, "enum.Stance." + v.stance().name()), v.proposedText(), v.comment()))
                        .toList())).toList(),
                c.missing().stream().map(m -> new CompilationDocx.Missing(m.participantName(), m.text(), m.after()))
                        .toList(),
                c.questions().stream().map(q -> new CompilationDocx.Question(q.ref(), q.text(), q.answers().stream()
                        .map(a -> new CompilationDocx.Answer(a.participantName(), a.text())).toList())).toList()),
                clock.instant());
    }

    private String label(Locale locale, String key) {
        return messages.getMessage(key, null, locale);
    }
}
