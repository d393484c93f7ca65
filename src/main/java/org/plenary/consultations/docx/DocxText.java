package org.plenary.consultations.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;

/**
 * How the DOCX writers of this module put text into a document: paragraphs and runs with direct formatting (the
 * documents have no style sheet of their own), line breaks and tabs as Word elements, spaces kept at the ends of a
 * run, and the characters that XML 1.0 cannot hold (control characters, lone surrogates) left out.
 */
final class DocxText {

    /** Twentieths of a point per centimetre, for indentations. */
    static final int TWIPS_PER_CM = 567;

    /** Any character XML 1.0 cannot carry: C0 controls but tab and line ends, U+FFFE, U+FFFF, lone surrogates. */
    private static final Pattern NOT_XML = Pattern.compile(
            "[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])"
                    + "|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]");
    private static final Pattern BREAKS = Pattern.compile("\\r\\n|[\\r\\n\\t]");

    private DocxText() {
    }

    /** A new paragraph at the end of the document, aligned and indented (left and hanging, in twips; 0 for none). */
    static XWPFParagraph paragraph(XWPFDocument document, ParagraphAlignment alignment, int left, int hanging) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(alignment);
        if (left > 0) {
            paragraph.setIndentationLeft(left);
        }
        if (hanging > 0) {
            paragraph.setIndentationHanging(hanging);
        }
        return paragraph;
    }

    /** Adds a run of text, bold or italic as asked, with a font size in points (0: the default). */
    static XWPFRun run(XWPFParagraph paragraph, String text, boolean bold, boolean italic, int points) {
        XWPFRun run = paragraph.createRun();
        if (bold) {
            run.setBold(true);
        }
        if (italic) {
            run.setItalic(true);
        }
        if (points > 0) {
            run.setFontSize(points);
        }
        write(run.getCTR(), text, false);
        return run;
    }

    /**
     * Writes text into a run: its lines separated by {@code w:br}, its tabs as {@code w:tab}, each piece a
     * {@code w:t} (or a {@code w:delText} inside a deletion) that keeps its leading and trailing spaces.
     */
    static void write(CTR run, String text, boolean deleted) {
        String clean = clean(text);
        var breaks = BREAKS.matcher(clean);
        int from = 0;
        while (breaks.find()) {
            piece(run, clean.substring(from, breaks.start()), deleted);
            if (breaks.group().equals("\t")) {
                run.addNewTab();
            } else {
                run.addNewBr();
            }
            from = breaks.end();
        }
        piece(run, clean.substring(from), deleted);
    }

    private static void piece(CTR run, String text, boolean deleted) {
        if (text.isEmpty()) {
            return;
        }
        CTText piece = deleted ? run.addNewDelText() : run.addNewT();
        piece.setStringValue(text);
        if (!text.equals(text.strip())) {
            piece.setSpace(SpaceAttribute.Space.PRESERVE);
        }
    }

    /** The text without the characters XML 1.0 cannot hold; "" for none. */
    static String clean(String text) {
        return text == null ? "" : NOT_XML.matcher(text).replaceAll("");
    }

    /** The document as DOCX bytes. */
    static byte[] bytes(XWPFDocument document) {
        try (document; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.write(out);
            return out.toByteArray();
        } catch (IOException impossibleInMemory) {
            throw new UncheckedIOException(impossibleInMemory);
        }
    }
}
