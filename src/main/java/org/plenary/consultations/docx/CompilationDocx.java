package org.plenary.consultations.docx;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.plenary.consultations.Compilation;
import org.plenary.documents.Distribution;
import org.plenary.documents.Document;
import org.plenary.documents.DocumentSymbol;
import org.plenary.documents.Documents;
import org.plenary.processes.Process;
import org.plenary.processes.Processes;
import org.plenary.shared.web.Texts;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The compilation as a Word document (through {@link CompilationDocxWriter}): every amendment a tracked change against
 * the base text, dated when it is compiled, categories and stances labelled in the reader's language, under the
 * masthead of the document consulted on (its symbol, distribution and original language, dated today), in the
 * language of that document (the process's first language when the consultation is on no document).
 */
@Component
public class CompilationDocx {

    private final MessageSource messages;
    private final Clock clock;
    private final Processes processes;
    private final Documents documents;

    CompilationDocx(MessageSource messages, Clock clock, Processes processes, Documents documents) {
        this.messages = messages;
        this.clock = clock;
        this.processes = processes;
        this.documents = documents;
    }

    public byte[] of(Compilation c, Process process, Locale locale) {
        Optional<Document> base = Optional.ofNullable(c.consultation().document())
                .map(d -> documents.require(process, d));
        String language = base.map(Document::originalLanguage).orElse(process.languages().getFirst());
        DocxMasthead masthead = DocxMasthead.of(new Texts(messages, locale), language,
                base.map(Document::symbol).map(DocumentSymbol::value).orElse(null),
                base.map(Document::distribution).orElse(Distribution.GENERAL), processes.today(process), language,
                process.title());
        String subtitle = base.map(d -> d.symbol() == null ? d.title() : d.symbol().value()).orElse(process.title());
        return CompilationDocxWriter.write(new CompilationDocxWriter.Document(masthead, c.consultation().title(), subtitle,
                c.elements().stream().map(e -> new CompilationDocxWriter.Element(e.ref(), e.text(), e.counts().retain(),
                        e.counts().amend(), e.counts().delete(), e.positions().stream()
                        .map(v -> new CompilationDocxWriter.View(v.onBehalfOf() == null ? v.participantName()
                                : v.participantName() + " (" + v.onBehalfOf() + ")",
                                label(locale, "enum.Category." + v.category().name()),
                                label(locale, "enum.Stance." + v.stance().name()), v.comment(), v.changes()))
                        .toList())).toList(),
                c.missing().stream().map(m -> new CompilationDocxWriter.Missing(m.participantName(), m.text(), m.after()))
                        .toList(),
                c.questions().stream().map(q -> new CompilationDocxWriter.Question(q.ref(), q.text(), q.answers().stream()
                        .map(a -> new CompilationDocxWriter.Answer(a.participantName(), a.text())).toList())).toList()),
                clock.instant());
    }

    private String label(Locale locale, String key) {
        return messages.getMessage(key, null, locale);
    }
}
