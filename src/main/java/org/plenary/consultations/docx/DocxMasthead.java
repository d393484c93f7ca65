package org.plenary.consultations.docx;

import static org.plenary.consultations.docx.DocxText.paragraph;
import static org.plenary.consultations.docx.DocxText.run;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.plenary.documents.Distribution;
import org.plenary.shared.web.Texts;

/**
 * The UN masthead at the top of a Word document, as the agenda and the documents page show it: the symbol, the
 * distribution, the date and the original language at the right above a rule, then the conference. {@code language}
 * is the language of the document's text (its {@code w:lang}); the labels are in the reader's language.
 */
public record DocxMasthead(String language, String symbol, String distribution, String date, String original,
        String conference) {

    private static final int SYMBOL_POINTS = 14;

    /** The masthead with its labels and date written by {@code t}. */
    public static DocxMasthead of(Texts t, String language, String symbol, Distribution distribution, LocalDate date,
            String originalLanguage, String conference) {
        Locale dating = t.language().equals("en") ? Locale.UK : t.locale();
        return new DocxMasthead(language, symbol, t.get("undoc.distr") + " " + t.label(distribution),
                date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(dating)),
                t.get("undoc.original") + " " + t.languageName(originalLanguage), conference);
    }

    void write(XWPFDocument docx) {
        if (symbol != null && !symbol.isBlank()) {
            run(paragraph(docx, ParagraphAlignment.RIGHT, 0, 0), symbol, true, false, SYMBOL_POINTS);
        }
        run(paragraph(docx, ParagraphAlignment.RIGHT, 0, 0), distribution, false, false, 0);
        run(paragraph(docx, ParagraphAlignment.RIGHT, 0, 0), date, false, false, 0);
        XWPFParagraph original = paragraph(docx, ParagraphAlignment.RIGHT, 0, 0);
        original.setBorderBottom(Borders.SINGLE);
        run(original, this.original, false, false, 0);
        XWPFParagraph body = paragraph(docx, ParagraphAlignment.LEFT, 0, 0);
        body.setSpacingBefore(240);
        run(body, conference, true, false, 0);
    }
}
