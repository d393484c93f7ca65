package org.plenary.consultations.docx;

import java.math.BigInteger;
import java.text.Bidi;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The page and styles of the Word documents this module writes: A4 with margins of 2.5 cm, the styles Normal,
 * Title, Heading 1 and Heading 2 (so that Word and LibreOffice show a real outline), and the languages of every run:
 * the document's language for Latin and Cyrillic text, Chinese for East Asian text, Arabic for right-to-left text,
 * with right-to-left runs and paragraphs marked as such ({@code w:rtl}, {@code w:bidi}).
 */
final class DocxLayout {

    static final String TITLE = "Title";
    static final String HEADING_1 = "Heading1";
    static final String HEADING_2 = "Heading2";

    private static final String W = "declare namespace w='http://schemas.openxmlformats.org/wordprocessingml/2006/main' ";
    private static final int A4_WIDTH = 11906;
    private static final int A4_HEIGHT = 16838;
    private static final int MARGIN = 1417;

    private DocxLayout() {
    }

    /** A new, empty A4 document with its styles. */
    static XWPFDocument a4() {
        XWPFDocument docx = new XWPFDocument();
        XWPFStyles styles = docx.createStyles();
        styles.addStyle(style(styles, "Normal", "Normal", 0, 12, 0));
        styles.addStyle(style(styles, TITLE, "Title", 0, 16, 240));
        styles.addStyle(style(styles, HEADING_1, "heading 1", 1, 13, 360));
        styles.addStyle(style(styles, HEADING_2, "heading 2", 2, 12, 240));
        CTSectPr section = docx.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN));
        margins.setBottom(BigInteger.valueOf(MARGIN));
        margins.setLeft(BigInteger.valueOf(MARGIN));
        margins.setRight(BigInteger.valueOf(MARGIN));
        margins.setHeader(BigInteger.valueOf(MARGIN / 2));
        margins.setFooter(BigInteger.valueOf(MARGIN / 2));
        margins.setGutter(BigInteger.ZERO);
        return docx;
    }

    /** A paragraph style; {@code level} 0 for body text, else the outline level of a heading. */
    private static XWPFStyle style(XWPFStyles styles, String id, String name, int level, int points, int before) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        if (!id.equals("Normal")) {
            style.addNewBasedOn().setVal("Normal");
            style.addNewNext().setVal("Normal");
        } else {
            style.setDefault(true);
        }
        style.addNewQFormat();
        CTPPrGeneral paragraph = style.addNewPPr();
        if (level > 0) {
            paragraph.addNewKeepNext();
        }
        var spacing = paragraph.addNewSpacing();
        spacing.setBefore(BigInteger.valueOf(before));
        spacing.setAfter(BigInteger.valueOf(level > 0 ? 120 : 60));
        if (level > 0) {
            paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
        }
        CTRPr run = style.addNewRPr();
        CTFonts fonts = run.addNewRFonts();
        fonts.setAscii("Times New Roman");
        fonts.setHAnsi("Times New Roman");
        fonts.setCs("Times New Roman");
        fonts.setEastAsia("SimSun");
        if (!id.equals("Normal")) {
            run.addNewB();
            run.addNewBCs();
        }
        run.addNewSz().setVal(BigInteger.valueOf(points * 2L));
        run.addNewSzCs().setVal(BigInteger.valueOf(points * 2L));
        return new XWPFStyle(style, styles);
    }

    /**
     * Gives every run (tracked insertions and deletions too) its languages, {@code language} for Latin and Cyrillic
     * text, and marks right-to-left runs and the paragraphs whose text starts right to left.
     */
    static void languages(XWPFDocument docx, String language) {
        for (XmlObject object : docx.getDocument().getBody().selectPath(W + ".//w:r")) {
            CTR run = (CTR) object;
            CTRPr properties = run.isSetRPr() ? run.getRPr() : run.addNewRPr();
            if (rightToLeft(text(run))) {
                properties.addNewRtl();
            }
            CTLanguage lang = properties.addNewLang();
            lang.setVal(language);
            lang.setEastAsia("zh-CN");
            lang.setBidi("ar-SA");
        }
        for (XWPFParagraph paragraph : docx.getParagraphs()) {
            if (rightToLeft(paragraph.getText())) {
                CTPPr properties = paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr()
                        : paragraph.getCTP().addNewPPr();
                properties.addNewBidi();
            }
        }
    }

    private static String text(CTR run) {
        StringBuilder text = new StringBuilder();
        for (XmlObject piece : run.selectPath(W + "./w:t | ./w:delText")) {
            text.append(((CTText) piece).getStringValue());
        }
        return text.toString();
    }

    /** Whether the text's first strong character is written right to left. */
    private static boolean rightToLeft(String text) {
        return !text.isBlank() && !new Bidi(text, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT).baseIsLeftToRight();
    }
}
