package org.plenary.correspondence;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.plenary.documents.DocumentReference;
import org.plenary.documents.Documents;
import org.plenary.processes.Process;
import org.plenary.processes.Processes;
import org.plenary.roster.Roster;
import org.plenary.roster.Treaty;
import org.plenary.shared.web.HtmlToPdf;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Renders a letter as a formal letter: HTML for the preview and, from the same template, PDF. The PDFs of
 * sent letters, which never change, are kept for the outbox that attaches them to hundreds of e-mails.
 */
@Component
public class LetterRendering {

    private static final Parser MARKDOWN = Parser.builder().build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final int CACHED_PDFS = 16;

    private final TemplateEngine templates;
    private final Processes processes;
    private final Documents documents;
    private final LetterRepository letters;
    private final MessageSource messages;
    private final Roster roster;
    private final LetterVersionRepository versions;
    private final Map<CachedPdf, byte[]> sentPdfs = new LinkedHashMap<>(CACHED_PDFS, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<CachedPdf, byte[]> eldest) {
            return size() > CACHED_PDFS;
        }
    };

    private record CachedPdf(LetterId letter, String language) {
    }

    LetterRendering(TemplateEngine templates, Processes processes, Documents documents, LetterRepository letters,
            MessageSource messages, Roster roster, LetterVersionRepository versions) {
        this.roster = roster;
        this.templates = templates;
        this.processes = processes;
        this.documents = documents;
        this.letters = letters;
        this.messages = messages;
        this.versions = versions;
    }

    /**
     * The letter's version in {@code language} (one it exists in: its original language or a version) as an HTML
     * page, linking its stylesheet at {@code stylesheet}.
     */
    public String html(Letter letter, String language, String stylesheet) {
        StringOutput out = new StringOutput();
        templates.render("letters/letter.jte", Map.of("letter", view(letter, language, stylesheet)), out);
        return out.toString();
    }

    /** The letter's version in {@code language}, one it exists in, as a PDF. */
    public byte[] pdf(Letter letter, String language) {
        if (!letter.sent()) {
            return renderPdf(letter, language);
        }
        CachedPdf key = new CachedPdf(letter.id(), language);
        synchronized (sentPdfs) {
            byte[] cached = sentPdfs.get(key);
            if (cached != null) {
                return cached;
            }
        }
        byte[] pdf = renderPdf(letter, language);
        synchronized (sentPdfs) {
            sentPdfs.put(key, pdf);
        }
        return pdf;
    }

    private byte[] renderPdf(Letter letter, String language) {
        String stylesheet = LetterRendering.class.getResource("/static/css/letter.css").toExternalForm();
        return HtmlToPdf.render(html(letter, language, stylesheet), stylesheet, "the letter " + letter.reference());
    }

    private LetterView view(Letter letter, String language, String stylesheet) {
        Process process = processes.require(letter.process());
        LetterText text = versions.of(letter).in(language);
        Locale locale = letterLocale(language);
        String treaty = roster.treaties().stream().filter(t -> t.code().equals(process.treaty()))
                .map(Treaty::title).findFirst().orElse(process.treaty());
        String date = letter.date().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
        List<String> attachments = documents.references(letter.attachments()).stream()
                .map(LetterRendering::label).toList();
        List<String> references = letter.refersTo().stream().map(letters::find).flatMap(java.util.Optional::stream)
                .map(l -> text(locale, "letter.refersTo", l.reference(),
                        l.date().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale))))
                .toList();
        return new LetterView(locale.getLanguage(), text.subject(), process.title(), letter.reference(),
                letter.place() + ", " + date,
                letter.addressees().stream().map(g -> text(locale, "letter.addressee." + g.name(), treaty)).toList(),
                text.subject(), HTML.render(MARKDOWN.parse(text.body())), letter.signatory(), text.signedAs(letter),
                text(locale, "letter.attachments"), attachments, text(locale, "letter.references"), references,
                stylesheet, !letter.sent(), text(locale, "letter.draft"));
    }

    /** English letters are dated the British way used at the United Nations: 18 June 2020. */
    private static Locale letterLocale(String language) {
        return language.equals("en") ? Locale.UK : Locale.forLanguageTag(language);
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private static String label(DocumentReference d) {
        return d.symbol() == null ? d.title() : d.symbol() + " – " + d.title();
    }
}
