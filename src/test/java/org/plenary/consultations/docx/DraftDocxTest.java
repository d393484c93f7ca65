package org.plenary.consultations.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.plenary.consultations.NumberedParagraphs.Paragraph;
import org.plenary.consultations.NumberedParagraphs;

class DraftDocxTest {

    static final List<Paragraph> PARAGRAPHS = List.of(
            new Paragraph("1", "States Parties will promote adherence to the Convention."),
            new Paragraph("2", "States Parties will, by the Twenty-first Meeting:"),
            new Paragraph("2 (a)", "Establish a national authority;"),
            new Paragraph("2 (b)", "Report <annually> & publicly, « sans délai » — 各缔约国 🌍."),
            new Paragraph("4 (d)", "A sub-paragraph whose number has no text of its own."),
            new Paragraph("7", "A number after a gap."));

    static final DocxMasthead MASTHEAD = new DocxMasthead("en", "APLC/CONF/2020/WP.1/Rev.1", "Distr.: General",
            "25 November 2020", "Original: English", "Fifth Review Conference");

    @Test
    void puts_the_masthead_at_the_top_right_then_the_title_then_the_numbered_paragraphs() throws IOException {
        byte[] docx = DraftDocx.write(MASTHEAD, "Draft Lausanne Action Plan", PARAGRAPHS);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<XWPFParagraph> paragraphs = document.getParagraphs();
            assertThat(paragraphs.get(0).getText()).isEqualTo("APLC/CONF/2020/WP.1/Rev.1");
            assertThat(paragraphs.subList(0, 4)).extracting(XWPFParagraph::getText).containsExactly(
                    "APLC/CONF/2020/WP.1/Rev.1", "Distr.: General", "25 November 2020", "Original: English");
            assertThat(paragraphs.subList(0, 4)).extracting(XWPFParagraph::getAlignment)
                    .containsOnly(ParagraphAlignment.RIGHT);
            assertThat(paragraphs.get(4).getText()).isEqualTo("Fifth Review Conference");
            assertThat(paragraphs.get(5).getText()).isEqualTo("Draft Lausanne Action Plan");
            assertThat(paragraphs.get(5).getStyle()).isEqualTo("Title");
            assertThat(paragraphs.subList(6, paragraphs.size())).extracting(XWPFParagraph::getText).containsExactly(
                    "1.\tStates Parties will promote adherence to the Convention.",
                    "2.\tStates Parties will, by the Twenty-first Meeting:",
                    "(a)\tEstablish a national authority;",
                    "(b)\tReport <annually> & publicly, « sans délai » — 各缔约国 🌍.",
                    "4 (d)\tA sub-paragraph whose number has no text of its own.",
                    "7.\tA number after a gap.");
            assertThat(paragraphs.get(8).getIndentationLeft()).isGreaterThan(paragraphs.get(7).getIndentationLeft());
            assertThat(document.getProperties().getCoreProperties().getTitle()).isEqualTo("Draft Lausanne Action Plan");
        }
    }

    @Test
    void reads_back_as_the_same_paragraphs() {
        byte[] docx = DraftDocx.write(MASTHEAD, "Draft Lausanne Action Plan", PARAGRAPHS);
        assertThat(NumberedParagraphs.fromDocx(new ByteArrayInputStream(docx))).isEqualTo(PARAGRAPHS);
    }

    @Test
    void reads_back_a_parsed_action_plan_unchanged() {
        List<Paragraph> parsed = NumberedParagraphs.fromText("""
                Draft

                1. States Parties will ensure that the implementation of the Convention is integrated into
                national development plans.
                2. States Parties will:
                (a) Establish or maintain a national mine action authority;
                (b) Report annually, in line with Article 7.
                10. The Presidency will report to the Twenty-first Meeting.
                """);
        byte[] docx = DraftDocx.write(MASTHEAD, "Draft", parsed);
        assertThat(NumberedParagraphs.fromDocx(new ByteArrayInputStream(docx))).isEqualTo(parsed);
    }
}
