package org.plenary.consultations.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.plenary.consultations.NumberedParagraphs.Paragraph;
import org.plenary.consultations.NumberedParagraphs;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.UnsupportedContentException;

class NumberedParagraphsDocxTest {

    @Test
    void reads_literal_numbers_each_word_paragraph_on_its_own() throws IOException {
        XWPFDocument document = new XWPFDocument();
        add(document, "Draft Lausanne Action Plan", null, 0);
        add(document, "1.\tStates Parties will promote adherence.", null, 0);
        add(document, "I. Victim assistance", null, 0);
        add(document, "2. States Parties will:", null, 0);
        add(document, "(a) Collect data;", null, 0);
        add(document, "", null, 0);
        add(document, "12 (d) Written in full.", null, 0);
        assertThat(NumberedParagraphs.fromDocx(docx(document))).containsExactly(
                new Paragraph("1", "States Parties will promote adherence."),
                new Paragraph("2", "States Parties will:"), new Paragraph("2 (a)", "Collect data;"),
                new Paragraph("12 (d)", "Written in full."));
    }

    @Test
    void reads_words_automatic_numbering_of_decimal_and_lower_letter_levels() throws IOException {
        XWPFDocument document = new XWPFDocument();
        BigInteger list = numbering(document, 11);
        BigInteger bullets = bullets(document);
        add(document, "Draft action plan", null, 0);
        add(document, "States Parties will promote adherence.", list, 0);
        add(document, "States Parties will:", list, 0);
        add(document, "Collect data;", list, 1);
        add(document, "Report annually.", list, 1);
        add(document, "A bullet that is no paragraph", bullets, 0);
        add(document, "II. Clearance", null, 0);
        add(document, "States Parties will clear mined areas:", list, 0);
        add(document, "as soon as possible.", list, 1);
        assertThat(NumberedParagraphs.fromDocx(docx(document))).containsExactly(
                new Paragraph("11", "States Parties will promote adherence."),
                new Paragraph("12", "States Parties will:"),
                new Paragraph("12 (a)", "Collect data;"),
                new Paragraph("12 (b)", "Report annually."),
                new Paragraph("13", "States Parties will clear mined areas:"),
                new Paragraph("13 (a)", "as soon as possible."));
    }

    @Test
    void reads_the_cells_of_a_table_of_actions_and_indicators() {
        XWPFDocument document = new XWPFDocument();
        add(document, "Actions", null, 0);
        XWPFTable table = document.createTable(2, 2);
        table.getRow(0).getCell(0).setText("1. States Parties will promote adherence.");
        table.getRow(0).getCell(1).setText("Number of accessions");
        table.getRow(1).getCell(0).setText("2. States Parties will report annually.");
        table.getRow(1).getCell(1).setText("Share of reports submitted on time");
        add(document, "3. After the table.", null, 0);
        assertThat(NumberedParagraphs.fromDocx(docx(document))).containsExactly(
                new Paragraph("1", "States Parties will promote adherence."),
                new Paragraph("2", "States Parties will report annually."), new Paragraph("3", "After the table."));
    }

    @Test
    void reads_numbering_that_comes_from_the_paragraph_style_as_in_un_templates() {
        XWPFDocument document = new XWPFDocument();
        BigInteger list = numbering(document, 1);
        XWPFStyles styles = document.createStyles();
        styles.addStyle(style("ParaNoG", null, list, null));
        styles.addStyle(style("SubParaNoG", "ParaNoG", null, 1));
        styles.addStyle(style("Indented", "ParaNoG", null, null));
        add(document, "States Parties will:", null, 0).setStyle("ParaNoG");
        add(document, "Report annually.", null, 0).setStyle("SubParaNoG");
        add(document, "Share information.", null, 0).setStyle("SubParaNoG");
        add(document, "A style based on the numbered one.", null, 0).setStyle("Indented");
        XWPFParagraph ownLevel = add(document, "A level of its own, the list of its style.", null, 0);
        ownLevel.setStyle("ParaNoG");
        ownLevel.getCTP().getPPr().addNewNumPr().addNewIlvl().setVal(BigInteger.ONE);
        assertThat(NumberedParagraphs.fromDocx(docx(document))).extracting(Paragraph::ref)
                .containsExactly("1", "1 (a)", "1 (b)", "2", "2 (a)");
    }

    @Test
    void a_list_restarted_by_a_start_override_counts_again() {
        XWPFDocument document = new XWPFDocument();
        BigInteger first = numbering(document, 1);
        XWPFNumbering numbering = document.getNumbering();
        BigInteger restarted = numbering.addNum(numbering.getAbstractNumID(first));
        CTNumLvl override = numbering.getNum(restarted).getCTNum().addNewLvlOverride();
        override.setIlvl(BigInteger.ZERO);
        override.addNewStartOverride().setVal(BigInteger.valueOf(20));
        add(document, "One", first, 0);
        add(document, "Two", first, 0);
        add(document, "Twenty", restarted, 0);
        add(document, "Twenty-one", restarted, 0);
        add(document, "Twenty-two, the list goes on", first, 0);
        assertThat(NumberedParagraphs.fromDocx(docx(document))).extracting(Paragraph::ref)
                .containsExactly("1", "2", "20", "21", "22");
    }

    @Test
    void counts_past_z_as_word_does() throws IOException {
        XWPFDocument document = new XWPFDocument();
        BigInteger list = numbering(document, 1);
        add(document, "Thirty letters:", list, 0);
        for (int i = 1; i <= 28; i++) {
            add(document, "Letter " + i, list, 1);
        }
        assertThat(NumberedParagraphs.fromDocx(docx(document))).extracting(Paragraph::ref)
                .contains("1 (z)", "1 (aa)", "1 (bb)").doesNotHaveDuplicates();
    }

    @Test
    void refuses_what_is_no_word_document() throws IOException {
        assertThatThrownBy(() -> NumberedParagraphs.fromDocx(new ByteArrayInputStream(
                "1. Plain text".getBytes(StandardCharsets.UTF_8)))).isInstanceOf(UnsupportedContentException.class);
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream entries = new ZipOutputStream(zip)) {
            entries.putNextEntry(new ZipEntry("hello.txt"));
            entries.write("1. Not a document".getBytes(StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> NumberedParagraphs.fromDocx(new ByteArrayInputStream(zip.toByteArray())))
                .isInstanceOf(UnsupportedContentException.class);
    }

    @Test
    void refuses_a_document_without_numbered_paragraphs() {
        XWPFDocument document = new XWPFDocument();
        add(document, "Only prose here.", null, 0);
        assertThatThrownBy(() -> NumberedParagraphs.fromDocx(docx(document)))
                .isInstanceOfSatisfying(InvalidInputException.class, error -> assertThat(error.errors())
                        .extracting(InvalidInputException.FieldError::field).containsExactly("file"));
    }

    private static XWPFParagraph add(XWPFDocument document, String text, BigInteger list, int level) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.createRun().setText(text);
        if (list != null) {
            paragraph.setNumID(list);
            paragraph.setNumILvl(BigInteger.valueOf(level));
        }
        return paragraph;
    }

    /** A paragraph style, based on another or not, naming a list or a level or neither. */
    private static XWPFStyle style(String id, String basedOn, BigInteger list, Integer level) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(id);
        if (basedOn != null) {
            style.addNewBasedOn().setVal(basedOn);
        }
        CTPPrGeneral properties = style.addNewPPr();
        if (list != null || level != null) {
            CTNumPr numPr = properties.addNewNumPr();
            if (level != null) {
                numPr.addNewIlvl().setVal(BigInteger.valueOf(level));
            }
            if (list != null) {
                numPr.addNewNumId().setVal(list);
            }
        }
        return new XWPFStyle(style);
    }

    /** A list as Word makes it: "%1." decimal from {@code start}, then "(%2)" lower letters. */
    private static BigInteger numbering(XWPFDocument document, int start) {
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(BigInteger.ONE);
        level(abstractNum, 0, STNumberFormat.DECIMAL, "%1.", start);
        level(abstractNum, 1, STNumberFormat.LOWER_LETTER, "(%2)", 1);
        return register(document, abstractNum);
    }

    private static BigInteger bullets(XWPFDocument document) {
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(BigInteger.TWO);
        level(abstractNum, 0, STNumberFormat.BULLET, "•", 1);
        return register(document, abstractNum);
    }

    private static BigInteger register(XWPFDocument document, CTAbstractNum abstractNum) {
        XWPFNumbering numbering = document.getNumbering() == null ? document.createNumbering() : document.getNumbering();
        BigInteger id = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum, numbering));
        return numbering.addNum(id);
    }

    private static void level(CTAbstractNum abstractNum, int level, STNumberFormat.Enum format, String text, int start) {
        CTLvl lvl = abstractNum.addNewLvl();
        lvl.setIlvl(BigInteger.valueOf(level));
        lvl.addNewStart().setVal(BigInteger.valueOf(start));
        lvl.addNewNumFmt().setVal(format);
        lvl.addNewLvlText().setVal(text);
    }

    private static ByteArrayInputStream docx(XWPFDocument document) {
        return new ByteArrayInputStream(DocxText.bytes(document));
    }
}
