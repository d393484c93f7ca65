package org.plenary.consultations.docx;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.plenary.consultations.Compilation;
import org.plenary.consultations.ConsultationText;
import org.plenary.documents.Distribution;
import org.plenary.documents.Document;
import org.plenary.documents.DocumentSymbol;
import org.plenary.documents.Documents;
import org.plenary.processes.Process;
import org.plenary.processes.Processes;
import org.plenary.shared.LanguageVersions;
import org.plenary.shared.web.Texts;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The compilation as a Word document (through {@link CompilationDocxWriter}): every amendment a tracked change against
 * the base text, dated when it is compiled, categories and stances labelled in the reader's language, under the
 * masthead of the document consulted on (its symbol, distribution and original language, dated today), in the
 * language of that document (the process's first language when the consultation is on no document), or in the
 * reader's language when the consultation has a version in it.
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

    /**
     * The compilation for a reader of {@code locale}: the consultation's title, elements and questions in their
     * language when the consultation has a version in it (the document's language then), else in the original
     * with the line that says which languages it exists in.
     */
    public byte[] of(Compilation compilation, LanguageVersions<ConsultationText> texts, Process process,
            Locale locale) {
        String shown = texts.shownTo(locale.getLanguage());
        Compilation c = compilation.in(texts.in(shown));
        Texts t = new Texts(messages, locale);
        Optional<Document> base = Optional.ofNullable(c.consultation().document())
                .map(d -> documents.require(process, d));
        String original = base.map(Document::originalLanguage).orElse(process.languages().getFirst());
        String language = shown.equals(texts.original()) ? original : shown;
        DocxMasthead masthead = DocxMasthead.of(t, language,
                base.map(Document::symbol).map(DocumentSymbol::value).orElse(null),
                base.map(Document::distribution).orElse(Distribution.GENERAL), processes.today(process), original,
                process.title());
        String subtitle = base.map(d -> d.symbol() == null ? d.title() : d.symbol().value()).orElse(process.title());
        return CompilationDocxWriter.write(new CompilationDocxWriter.Document(masthead, c.consultation().title(),
                subtitle, t.otherLanguagesLine(shown, texts.languages()), new CompilationDocxWriter.Labels(
                        (retain, amend, delete) -> t.get("consultations.counts", retain, amend, delete),
                        after -> t.get("consultations.missing.after", after), t.get("consultations.missing"),
                        t.get("consultations.questions")),
                c.elements().stream().map(e -> new CompilationDocxWriter.Element(e.ref(), e.text(), e.counts().retain(),
                        e.counts().amend(), e.counts().delete(), e.positions().stream()
                        .map(v -> new CompilationDocxWriter.View(v.onBehalfOf() == null ? v.participantName()
                                : v.participantName() + " (" + v.onBehalfOf() + ")",
                                t.get("enum.Category." + v.category().name()),
                                t.get("enum.Stance." + v.stance().name()), v.comment(), v.changes()))
                        .toList())).toList(),
                c.missing().stream().map(m -> new CompilationDocxWriter.Missing(m.participantName(), m.text(), m.after()))
                        .toList(),
                c.questions().stream().map(q -> new CompilationDocxWriter.Question(q.ref(), q.text(), q.answers().stream()
                        .map(a -> new CompilationDocxWriter.Answer(a.participantName(), a.text())).toList())).toList()),
                clock.instant());
    }
}
