package org.plenary.consultations;

import java.util.Locale;
import org.plenary.shared.LanguageVersions;
import org.plenary.shared.web.HtmlToPdf;
import org.plenary.shared.web.Texts;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The compilation as a PDF for the Presidency's file: per element its base text, the counts and every view, the
 * amendments with their insertions and deletions marked; then the missing elements and the answers. The
 * consultation's own texts are in the reader's language where it has a version.
 */
@Component
public class CompilationPdf {

    private static final String STYLE = """
            body { font-family: serif; font-size: 10pt; } h1 { font-size: 14pt; } h2 { font-size: 11pt; }
            ins { color: #0b6b2b; text-decoration: underline; } del { color: #a4161a; text-decoration: line-through; }
            table { width: 100%; border-collapse: collapse; } td, th { border: 1px solid #999; padding: 3pt;
            vertical-align: top; text-align: left; } .base { font-style: italic; }
            """;

    private final MessageSource messages;

    CompilationPdf(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * The compilation for a reader of {@code locale}: the consultation's title, elements and questions in their
     * language when the consultation has a version in it ({@code texts}), else in the original with the line that
     * says which languages it exists in.
     */
    public byte[] of(Compilation original, LanguageVersions<ConsultationText> texts, Locale locale) {
        String shown = texts.shownTo(locale.getLanguage());
        Compilation c = original.in(texts.in(shown));
        String line = new Texts(messages, locale).otherLanguagesLine(shown, texts.languages());
        StringBuilder html = new StringBuilder("<html lang=\"").append(locale.toLanguageTag())
                .append("\"><head><meta charset=\"utf-8\"/><title>").append(esc(c.consultation().title()))
                .append("</title><style>").append(STYLE).append("</style></head><body><h1 lang=\"").append(shown)
                .append("\">").append(esc(c.consultation().title())).append("</h1>")
                .append(line.isEmpty() ? "" : "<p class=\"languages\">" + esc(line) + "</p>").append("<p>")
                .append(esc(text(locale, "consultations.respondents", c.respondents()))).append("</p>");
        for (Compilation.ElementViews e : c.elements()) {
            html.append("<h2>").append(esc(e.ref())).append("</h2><p class=\"base\" lang=\"").append(shown)
                    .append("\">").append(esc(e.text()))
                    .append("</p><p>").append(esc(text(locale, "consultations.counts", e.counts().retain(),
                            e.counts().amend(), e.counts().delete()))).append("</p><table>");
            for (Compilation.View v : e.positions()) {
                html.append("<tr><th>").append(esc(v.participantName()))
                        .append(v.onBehalfOf() == null ? "" : " (" + esc(v.onBehalfOf()) + ")").append("<br/>")
                        .append(esc(text(locale, "enum.Category." + v.category().name()))).append("</th><td>")
                        .append(esc(text(locale, "enum.Stance." + v.stance().name()))).append("</td><td>");
                v.changes().forEach(change -> html.append(switch (change.kind()) {
                    case SAME -> esc(change.text());
                    case INSERTED -> "<ins>" + esc(change.text()) + "</ins>";
                    case DELETED -> "<del>" + esc(change.text()) + "</del>";
                }));
                html.append(v.comment() == null ? "" : "<p>" + esc(v.comment()) + "</p>").append("</td></tr>");
            }
            html.append("</table>");
        }
        html.append("<h2>").append(esc(text(locale, "consultations.missing"))).append("</h2><table>");
        for (Compilation.MissingProposal m : c.missing()) {
            html.append("<tr><th>").append(esc(m.participantName())).append("</th><td>")
                    .append(m.after() == null ? "" : esc(text(locale, "consultations.missing.after", m.after())))
                    .append("</td><td>").append(esc(m.text())).append("</td></tr>");
        }
        html.append("</table>");
        for (Compilation.QuestionAnswers q : c.questions()) {
            html.append("<h2>").append(esc(q.ref())).append(" <span lang=\"").append(shown).append("\">")
                    .append(esc(q.text())).append("</span></h2><table>");
            q.answers().forEach(a -> html.append("<tr><th>").append(esc(a.participantName())).append("</th><td>")
                    .append(esc(a.text())).append("</td></tr>"));
            html.append("</table>");
        }
        html.append("</body></html>");
        return HtmlToPdf.render(html.toString(), "/", "the compilation");
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text);
    }
}
