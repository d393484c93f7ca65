package org.plenary.consultations.docx;

import static org.plenary.consultations.docx.DocxText.TWIPS_PER_CM;
import static org.plenary.consultations.docx.DocxText.paragraph;
import static org.plenary.consultations.docx.DocxText.run;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * The compilation of a consultation as a Word document: per element its ref, base text and the counts of
 * stances, then each participant's view; every proposed text is the base text with real tracked changes
 * ({@code w:del}, {@code w:ins}) authored by the participant, so that the Presidency can accept or reject them in
 * Word. Then the proposed missing elements, grouped by the element they would follow, and the answers to each
 * question. Names, categories and stances are written as given; the only words of its own are its {@link Labels},
 * in the reader's language.
 */
final class CompilationDocxWriter {

    private static final int SMALL_POINTS = 9;

    /**
     * The compilation: its masthead (the language of its text among it), a title and subtitle, the line that says
     * in which languages its text exists (empty when it is in the reader's), its own words, the elements in order,
     * the missing elements, the questions.
     */
    public record Document(DocxMasthead masthead, String title, String subtitle, String languagesLine, Labels labels,
            List<Element> elements, List<Missing> missing, List<Question> questions) {

        public Document {
            elements = elements == null ? List.of() : List.copyOf(elements);
            missing = missing == null ? List.of() : List.copyOf(missing);
            questions = questions == null ? List.of() : List.copyOf(questions);
        }

        /** A compilation in English, read in English. */
        public Document(DocxMasthead masthead, String title, String subtitle, List<Element> elements,
                List<Missing> missing, List<Question> questions) {
            this(masthead, title, subtitle, "", Labels.ENGLISH, elements, missing, questions);
        }
    }

    /**
     * The document's own words in its reader's language: the counts of an element's stances, the place of a missing
     * element ("After element 3"), and the headings of the missing elements and of the questions.
     */
    public record Labels(Counts counts, Function<String, String> after, String missing, String questions) {

        public static final Labels ENGLISH = new Labels("Retain %d · Amend %d · Delete %d"::formatted,
                "after %s"::formatted, "Proposed additional elements", "Questions");

        /** How many participants retain, amend and delete an element, in words. */
        public interface Counts {
            String of(int retain, int amend, int delete);
        }
    }

    /** An element with its base text, how many participants retain, amend or delete it, and their views. */
    public record Element(String ref, String baseText, int retain, int amend, int delete, List<View> views) {

        public Element {
            views = views == null ? List.of() : List.copyOf(views);
        }
    }

    /**
     * A participant's view on an element; {@code comment} may be null, {@code changes} (the word diff from the base
     * text to the proposed text) is empty when it proposes no text.
     */
    public record View(String participantName, String category, String stance, String comment,
            List<WordDiff.Change> changes) {

        public View {
            changes = changes == null ? List.of() : List.copyOf(changes);
        }
    }

    /** An element a participant proposes to add, after the element {@code after} (null: anywhere, or at the end). */
    public record Missing(String participantName, String text, String after) {
    }

    /** A guiding question with the participants' answers. */
    public record Question(String ref, String text, List<Answer> answers) {

        public Question {
            answers = answers == null ? List.of() : List.copyOf(answers);
        }
    }

    /** A participant's answer to a question. */
    public record Answer(String participantName, String text) {
    }

    private CompilationDocxWriter() {
    }

    /** The compilation as DOCX bytes, its revisions dated {@code compiledAt} (to the second). */
    public static byte[] write(Document document, Instant compiledAt) {
        XWPFDocument docx = DocxLayout.a4();
        docx.getProperties().getCoreProperties().setTitle(DocxText.clean(document.title()));
        TrackedChanges revisions = new TrackedChanges(compiledAt);
        document.masthead().write(docx);
        XWPFParagraph title = paragraph(docx, ParagraphAlignment.CENTER, 0, 0);
        title.setStyle(DocxLayout.TITLE);
        run(title, document.title(), false, false, 0);
        if (document.subtitle() != null && !document.subtitle().isBlank()) {
            run(paragraph(docx, ParagraphAlignment.CENTER, 0, 0), document.subtitle(), false, true, 0);
        }
        if (document.languagesLine() != null && !document.languagesLine().isBlank()) {
            run(paragraph(docx, ParagraphAlignment.CENTER, 0, 0), document.languagesLine(), false, false,
                    SMALL_POINTS);
        }
        for (Element element : document.elements()) {
            element(docx, element, document.labels(), revisions);
        }
        missing(docx, document);
        questions(docx, document.labels().questions(), document.questions());
        DocxLayout.languages(docx, document.masthead().language());
        return DocxText.bytes(docx);
    }

    private static void element(XWPFDocument docx, Element element, Labels labels, TrackedChanges revisions) {
        XWPFParagraph text = paragraph(docx, ParagraphAlignment.LEFT, TWIPS_PER_CM * 3 / 2, TWIPS_PER_CM * 3 / 2);
        text.setStyle(DocxLayout.HEADING_2);
        run(text, element.ref(), true, false, 0).addTab();
        run(text, element.baseText(), false, false, 0);
        run(paragraph(docx, ParagraphAlignment.LEFT, TWIPS_PER_CM * 3 / 2, 0),
                labels.counts().of(element.retain(), element.amend(), element.delete()), false, true, SMALL_POINTS);
        for (View view : element.views()) {
            XWPFParagraph line = paragraph(docx, ParagraphAlignment.LEFT, TWIPS_PER_CM * 2, 0);
            run(line, view.participantName(), true, false, 0);
            if (present(view.category())) {
                run(line, " (" + view.category() + ")", false, false, 0);
            }
            if (present(view.stance())) {
                run(line, " — " + view.stance(), false, false, 0);
            }
            if (present(view.comment())) {
                run(line, ": ", false, false, 0);
                run(line, view.comment(), false, true, 0);
            }
            if (!view.changes().isEmpty()) {
                XWPFParagraph proposal = paragraph(docx, ParagraphAlignment.LEFT, TWIPS_PER_CM * 5 / 2, 0);
                revisions.write(proposal, view.changes(), view.participantName());
            }
        }
    }

    private static void missing(XWPFDocument docx, Document document) {
        if (document.missing().isEmpty()) {
            return;
        }
        heading(docx, document.labels().missing());
        List<String> order = document.elements().stream().map(Element::ref).toList();
        List<Missing> grouped = new ArrayList<>(document.missing());
        grouped.sort(Comparator.comparingInt(missing -> position(order, missing.after())));
        for (Missing missing : grouped) {
            XWPFParagraph line = paragraph(docx, ParagraphAlignment.LEFT, TWIPS_PER_CM, 0);
            run(line, missing.participantName(), true, false, 0);
            if (present(missing.after())) {
                run(line, " (" + document.labels().after().apply(missing.after()) + ")", false, false, 0);
            }
            run(paragraph(docx, ParagraphAlignment.LEFT, TWIPS_PER_CM * 2, 0), missing.text(), false, false, 0);
        }
    }

    /** Where proposals after an element go: in the order of the elements, those after none or an unknown one last. */
    private static int position(List<String> order, String after) {
        int index = after == null ? -1 : order.indexOf(after);
        return index < 0 ? order.size() : index;
    }

    private static void questions(XWPFDocument docx, String heading, List<Question> questions) {
        if (questions.isEmpty()) {
            return;
        }
        heading(docx, heading);
        for (Question question : questions) {
            XWPFParagraph text = paragraph(docx, ParagraphAlignment.LEFT, TWIPS_PER_CM * 3 / 2, TWIPS_PER_CM * 3 / 2);
            text.setSpacingBefore(240);
            run(text, question.ref(), true, false, 0).addTab();
            run(text, question.text(), false, false, 0);
            for (Answer answer : question.answers()) {
                XWPFParagraph line = paragraph(docx, ParagraphAlignment.LEFT, TWIPS_PER_CM * 2, 0);
                run(line, answer.participantName(), true, false, 0);
                run(line, ": ", false, false, 0);
                run(line, answer.text(), false, false, 0);
            }
        }
    }

    private static void heading(XWPFDocument docx, String text) {
        XWPFParagraph heading = paragraph(docx, ParagraphAlignment.LEFT, 0, 0);
        heading.setStyle(DocxLayout.HEADING_1);
        run(heading, text, false, false, 0);
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
