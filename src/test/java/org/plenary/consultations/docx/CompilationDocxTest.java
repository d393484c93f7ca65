package org.plenary.consultations.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.plenary.consultations.docx.CompilationDocxWriter.Answer;
import org.plenary.consultations.docx.CompilationDocxWriter.Document;
import org.plenary.consultations.docx.CompilationDocxWriter.Missing;
import org.plenary.consultations.docx.CompilationDocxWriter.Question;
import org.plenary.consultations.docx.CompilationDocxWriter.View;
import org.w3c.dom.Element;

class CompilationDocxTest {

    static final Instant COMPILED = Instant.parse("2020-11-25T10:00:00Z");

    static final String BASE = "States Parties will clear all mined areas as soon as possible.";
    static final String NORWAY = "States Parties will clear all mined areas under their jurisdiction by 2025.";
    static final String CHILE = "All States Parties shall clear mined areas as soon as possible.";

    static final DocxMasthead MASTHEAD = new DocxMasthead("en", "APLC/CONF/2020/WP.1", "Distr.: General",
            "25 November 2020", "Original: English", "Fifth Review Conference");

    /** A view whose proposed text (null: none) is compared with {@code base}, as compiling does. */
    static View view(String name, String category, String stance, String base, String proposed, String comment) {
        return new View(name, category, stance, comment, proposed == null ? List.of() : WordDiff.between(base, proposed));
    }

    /** A compilation with two amendments to element 1, a retention, a deletion, a missing element, a question. */
    static Document compilation() {
        return new Document(MASTHEAD, "Compilation of views on the draft Lausanne Action Plan", "APLC/CONF/2020/WP.1",
                List.of(new CompilationDocxWriter.Element("1", BASE, 1, 2, 0, List.of(
                                view("Norway", "State Party", "Amend", BASE, NORWAY, "Clearer deadline."),
                                view("Chile", "State Party", "Amend", BASE, CHILE, null),
                                view("ICBL", "Organisation", "Retain", BASE, null, "Fully supported."))),
                        new CompilationDocxWriter.Element("2", "The ISU will support States Parties.", 0, 0, 1,
                                List.of(view("Chile", "State Party", "Delete", BASE, null, "Redundant.")))),
                List.of(new Missing("Austria", "A new element on gender.", "2"),
                        new Missing("Mexico", "A new element on data.", "1"),
                        new Missing("Peru", "An element anywhere.", null)),
                List.of(new Question("Q1", "How should progress be measured?",
                        List.of(new Answer("Norway", "With indicators."), new Answer("ICBL", "Yearly.")))));
    }

    @Test
    void writes_each_amendment_as_revisions_by_its_participant() {
        DocxXml xml = DocxXml.of(CompilationDocxWriter.write(compilation(), Instant.parse("2020-11-25T10:00:00.750Z")));
        List<Element> revisions = xml.elements("ins", "del");
        assertThat(revisions).isNotEmpty()
                .allSatisfy(revision -> assertThat(xml.attribute(revision, "date")).isEqualTo("2020-11-25T10:00:00Z"));
        assertThat(revisions).extracting(revision -> xml.attribute(revision, "author"))
                .containsOnly("Norway", "Chile").contains("Norway", "Chile");
        assertThat(revisions).extracting(revision -> xml.attribute(revision, "id")).doesNotHaveDuplicates();
        assertThat(xml.elements("del")).allSatisfy(deletion -> {
            assertThat(xml.descendants(deletion, "delText")).isNotEmpty();
            assertThat(xml.descendants(deletion, "t")).isEmpty();
        });
        assertThat(xml.elements("ins")).allSatisfy(insertion -> assertThat(xml.descendants(insertion, "t")).isNotEmpty());
    }

    @Test
    void accepting_every_change_gives_the_proposed_text_and_rejecting_them_the_base_text() throws IOException {
        byte[] docx = CompilationDocxWriter.write(compilation(), COMPILED);
        assertThat(lines(docx)).as("POI reads revisions as accepted").contains(NORWAY, CHILE);
        DocxXml xml = DocxXml.of(docx);
        List<Element> amended = xml.paragraphsWithRevisions();
        assertThat(amended).hasSize(2);
        assertThat(amended).extracting(xml::accepted).containsExactly(NORWAY, CHILE);
        assertThat(amended).extracting(xml::rejected).containsExactly(BASE, BASE);
        assertThat(xml.descendants(amended.get(0), "del")).extracting(xml::text).containsExactly("as soon as possible");
        assertThat(xml.descendants(amended.get(0), "ins")).extracting(xml::text)
                .containsExactly("under their jurisdiction by 2025");
    }

    @Test
    void keeps_the_spaces_at_the_ends_of_runs() {
        DocxXml xml = DocxXml.of(CompilationDocxWriter.write(compilation(), COMPILED));
        List<Element> texts = new ArrayList<>(xml.elements("t"));
        texts.addAll(xml.elements("delText"));
        assertThat(texts).filteredOn(text -> !text.getTextContent().equals(text.getTextContent().strip()))
                .isNotEmpty()
                .allSatisfy(text -> assertThat(text.getAttributeNS(DocxXml.XML, "space")).isEqualTo("preserve"));
    }

    @Test
    void shows_the_elements_views_counts_missing_elements_and_answers_in_order() throws IOException {
        List<String> lines = lines(CompilationDocxWriter.write(compilation(), COMPILED));
        assertThat(lines).containsSubsequence(
                "Compilation of views on the draft Lausanne Action Plan", "APLC/CONF/2020/WP.1",
                "1\t" + BASE, "Retain 1 · Amend 2 · Delete 0",
                "Norway (State Party) — Amend: Clearer deadline.", "Chile (State Party) — Amend",
                "ICBL (Organisation) — Retain: Fully supported.",
                "2\tThe ISU will support States Parties.", "Retain 0 · Amend 0 · Delete 1",
                "Chile (State Party) — Delete: Redundant.",
                "Mexico (after 1)", "A new element on data.", "Austria (after 2)", "A new element on gender.", "Peru",
                "Q1\tHow should progress be measured?", "Norway: With indicators.", "ICBL: Yearly.");
    }

    @Test
    void carries_any_unicode_and_xml_special_characters_and_drops_what_xml_cannot_hold() throws IOException {
        String base = "Les États parties <s’engagent> à « déminer » & à aider; 各缔约国; الدول الأطراف 🌍.";
        String proposed = "Les États parties \"s’engagent\" à « déminer » & à soutenir\u0007; 各缔约国; الدول الأطراف 🌍🕊.";
        Document document = new Document(MASTHEAD, "Compilation <&> \"views\"", null,
                List.of(new CompilationDocxWriter.Element("1", base, 0, 1, 0,
                        List.of(view("Côte d’Ivoire & <Others>", "État partie", "Modifier", base, proposed, "ü\u0000\uD800")))),
                List.of(), List.of());
        byte[] docx = CompilationDocxWriter.write(document, COMPILED);
        DocxXml xml = DocxXml.of(docx);
        Element amended = xml.paragraphsWithRevisions().getFirst();
        assertThat(xml.accepted(amended)).isEqualTo(proposed.replace("\u0007", ""));
        assertThat(xml.rejected(amended)).isEqualTo(base);
        assertThat(xml.elements("ins")).extracting(revision -> xml.attribute(revision, "author"))
                .containsOnly("Côte d’Ivoire & <Others>");
        assertThat(lines(docx)).contains("Compilation <&> \"views\"", "Côte d’Ivoire & <Others> (État partie) — Modifier: ü");
    }

    @Test
    void gives_every_run_its_languages_and_marks_arabic_right_to_left() {
        String arabic = "الجمهورية العربية السورية";
        DocxXml xml = DocxXml.of(CompilationDocxWriter.write(new Document(MASTHEAD, "Compilation", null,
                List.of(new CompilationDocxWriter.Element("1", arabic, 0, 1, 0, List.of(view("Norway", "State Party",
                        "Amend", arabic, arabic + " 中华人民共和国", null)))), List.of(), List.of()), COMPILED));

        List<Element> runs = xml.elements("r");
        assertThat(runs).isNotEmpty().allSatisfy(run -> {
            Element lang = xml.descendants(run, "lang").getFirst();
            assertThat(List.of(xml.attribute(lang, "val"), xml.attribute(lang, "eastAsia"), xml.attribute(lang, "bidi")))
                    .containsExactly("en", "zh-CN", "ar-SA");
        });
        assertThat(runs).filteredOn(run -> xml.text(run).equals(arabic))
                .isNotEmpty().allSatisfy(run -> assertThat(xml.descendants(run, "rtl")).hasSize(1));
        assertThat(runs).filteredOn(run -> xml.text(run).equals("Norway"))
                .allSatisfy(run -> assertThat(xml.descendants(run, "rtl")).isEmpty());
        assertThat(xml.elements("p")).filteredOn(p -> xml.text(p).startsWith("1"))
                .allSatisfy(p -> assertThat(xml.descendants(p, "bidi")).hasSize(1));
        assertThat(xml.elements("p")).filteredOn(p -> xml.text(p).equals("Compilation"))
                .singleElement().satisfies(p -> assertThat(xml.descendants(p, "bidi")).isEmpty());
        assertThat(xml.elements("pgSz")).singleElement()
                .satisfies(size -> assertThat(xml.attribute(size, "w")).isEqualTo("11906"));
    }

    @Test
    void writes_an_empty_consultation() throws IOException {
        byte[] docx = CompilationDocxWriter.write(new Document(MASTHEAD, "Nothing yet", "", List.of(), null, null), COMPILED);
        assertThat(lines(docx)).containsExactly("APLC/CONF/2020/WP.1", "Distr.: General", "25 November 2020",
                "Original: English", "Fifth Review Conference", "Nothing yet");
    }

    static List<String> lines(byte[] docx) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            return document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
        }
    }
}
