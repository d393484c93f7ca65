package org.plenary.decisions;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.plenary.shared.web.HtmlToPdf;
import org.plenary.shared.web.Texts;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A decision as a UN document in one of its languages, PDF/A with its fonts embedded: symbol, distribution (general),
 * date and original language in the masthead, the process, the title, "Adopted by silence procedure on …", the text,
 * then the statements attached to it, as they stand when it is printed.
 */
@Component
public class DecisionRendering {

    /** What the template shows, in the document's language: {@code distribution} and {@code original} labelled. */
    public record Printed(String language, String symbol, String distribution, String date, String original,
            String processTitle, String title, String adoption, List<String> paragraphs,
            String statementsHeading, List<PrintedStatement> statements) {
    }

    /** A statement attached: who made it, of which kind, when, and what it says. */
    public record PrintedStatement(String heading, List<String> paragraphs) {
    }

    private static final String STYLESHEET = "/static/css/un-document.css";

    private final TemplateEngine templates;
    private final MessageSource messages;

    DecisionRendering(TemplateEngine templates, MessageSource messages) {
        this.templates = templates;
        this.messages = messages;
    }

    /** The PDF of the decision in {@code language}, one its text exists in. */
    public byte[] pdf(DecisionView view, String language) {
        String stylesheet = DecisionRendering.class.getResource(STYLESHEET).toExternalForm();
        StringOutput out = new StringOutput();
        templates.render("decisions/document.jte", Map.of("d", printed(view, language), "stylesheet", stylesheet),
                out);
        Decision d = view.decision();
        return HtmlToPdf.render(out.toString(), stylesheet, "the decision " + (d.symbol() == null ? d.id()
                : d.symbol()));
    }

    Printed printed(DecisionView view, String language) {
        Texts t = Texts.written(messages, language);
        Decision d = view.decision();
        Locale dating = t.locale().getLanguage().equals("en") ? Locale.UK : t.locale();
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(dating);
        String adopted = dates.format(d.adoptedAt().atZone(view.process().timeZone()));
        List<PrintedStatement> statements = view.statements().stream()
                .map(s -> new PrintedStatement(t.get("decision.document.statementBy", t.label(s.kind()),
                        s.participantName(), dates.format(s.submittedAt().atZone(view.process().timeZone()))),
                        paragraphs(s.in(language))))
                .toList();
        return new Printed(t.language(), d.symbol(), t.get("undoc.distr") + " " + t.get("enum.Distribution.GENERAL"),
                adopted, t.get("undoc.original") + " " + t.languageName(d.originalLanguage()), view.process().title(), d.title(),
                t.get("decision.adoptedBySilence", adopted), paragraphs(view.texts().in(language)),
                t.get("decision.statements"), statements);
    }

    private static List<String> paragraphs(String text) {
        return text.lines().filter(line -> !line.isBlank()).toList();
    }
}
