package org.plenary.consultations.docx;

import static org.plenary.consultations.docx.DocxText.TWIPS_PER_CM;
import static org.plenary.consultations.docx.DocxText.paragraph;
import static org.plenary.consultations.docx.DocxText.run;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.plenary.consultations.NumberedParagraphs.Paragraph;

/**
 * A clean draft as a Word document, UN style: the masthead (symbol at the top right), the title, then the numbered paragraphs
 * with their labels hanging ({@code 12.}, and {@code (d)} indented under it). The labels are literal text, so that
 * {@link NumberedParagraphs#fromDocx} reads the same paragraphs back, whatever gaps the numbering has.
 */
public final class DraftDocx {

    private static final Pattern SUB_REF = Pattern.compile("(\\d+) \\(([a-z]+)\\)");
    private static final Pattern NUMBER_REF = Pattern.compile("\\d+");

    private DraftDocx() {
    }

    /** The draft under its masthead (e.g. symbol {@code APLC/CONF/2020/WP.1/Rev.1}) with its title and paragraphs. */
    public static byte[] write(DocxMasthead masthead, String title, List<Paragraph> paragraphs) {
        XWPFDocument docx = DocxLayout.a4();
        docx.getProperties().getCoreProperties().setTitle(DocxText.clean(title));
        masthead.write(docx);
        XWPFParagraph heading = paragraph(docx, ParagraphAlignment.LEFT, 0, 0);
        heading.setStyle(DocxLayout.TITLE);
        run(heading, title, true, false, 0);
        String number = null;
        for (Paragraph paragraph : paragraphs) {
            Matcher sub = SUB_REF.matcher(paragraph.ref());
            boolean isSub = sub.matches();
            String label;
            if (isSub) {
                label = sub.group(1).equals(number) ? "(" + sub.group(2) + ")" : paragraph.ref();
                number = sub.group(1);
            } else if (NUMBER_REF.matcher(paragraph.ref()).matches()) {
                label = paragraph.ref() + ".";
                number = paragraph.ref();
            } else {
                label = paragraph.ref();
            }
            int left = isSub ? TWIPS_PER_CM * 5 / 2 : TWIPS_PER_CM;
            XWPFParagraph text = paragraph(docx, ParagraphAlignment.BOTH, left, TWIPS_PER_CM);
            text.setSpacingAfter(120);
            run(text, label, false, false, 0).addTab();
            run(text, paragraph.text(), false, false, 0);
        }
        DocxLayout.languages(docx, masthead.language());
        return DocxText.bytes(docx);
    }
}
