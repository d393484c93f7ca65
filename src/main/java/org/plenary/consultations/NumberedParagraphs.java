package org.plenary.consultations;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.plenary.consultations.docx.DocxNumbering;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.WordFiles;

/**
 * The numbered paragraphs of a draft, UN style, read from plain text or a Word document: {@code 1.}, {@code 2.} …
 * at the top level and {@code (a)}, {@code (b)} … under the last number, which give the refs {@code 12} and
 * {@code 12 (a)}. A sub-paragraph may also be written in full ({@code 12 (d)}, {@code 12(d)}). A line that does
 * not begin with a label continues the paragraph above it; a blank line ends a paragraph, so an unlabelled line
 * after one (a title, a section heading) belongs to no paragraph and is left out, as is anything before the first
 * label. A number that only introduces its sub-paragraphs (no text of its own) gives no paragraph.
 */
public final class NumberedParagraphs {

    /** A paragraph with its normalised ref ({@code 12}, {@code 12 (d)}) and its text on one line. */
    public record Paragraph(String ref, String text) {
    }

    /** "12." alone or followed by text; "12.5 million" is no label. */
    private static final Pattern NUMBER = Pattern.compile("(\\d{1,4})\\.(?: (.*))?");
    /** "12 (d)", "12(d)", "12. (d)", each alone or followed by text. */
    private static final Pattern NUMBERED_SUB = Pattern.compile("(\\d{1,4})\\.? ?\\(([a-z]{1,3})\\)(?: ?(.*))?");
    /** "(d)" under the last number. */
    private static final Pattern SUB = Pattern.compile("\\(([a-z]{1,3})\\)(?: ?(.*))?");
    private static final Pattern SPACES = Pattern.compile("[\\s\\h]+");

    private NumberedParagraphs() {
    }

    /** The paragraphs of a text; 400 when it has no numbered paragraph or a ref appears twice. */
    public static List<Paragraph> fromText(String text) {
        return parse(text == null ? "" : text, "text");
    }

    /**
     * The paragraphs of a DOCX: its body paragraphs in order (those of a table cell by cell), each labelled by the
     * literal number at its start or by Word's automatic numbering (a decimal level gives {@code 12}, a lower-letter
     * level {@code 12 (d)} under the last number). 415 when the bytes are no Word document, 400 when it expands
     * beyond {@link WordFiles}' limits (a zip bomb) and as {@link #fromText}.
     */
    public static List<Paragraph> fromDocx(InputStream docx) {
        String lines = WordFiles.read(docx, "file", document -> {
            StringBuilder text = new StringBuilder();
            DocxNumbering numbering = new DocxNumbering(document);
            for (IBodyElement element : document.getBodyElements()) {
                for (XWPFParagraph paragraph : paragraphs(element)) {
                    text.append(numbering.label(paragraph)).append(paragraph.getText()).append("\n\n");
                }
            }
            return text.toString();
        });
        return parse(lines, "file");
    }

    /** The paragraphs of a body element: itself, or those of a table's cells row by row. */
    private static List<XWPFParagraph> paragraphs(IBodyElement element) {
        return switch (element) {
            case XWPFParagraph paragraph -> List.of(paragraph);
            case XWPFTable table -> table.getRows().stream().flatMap(row -> row.getTableCells().stream())
                    .flatMap(cell -> cell.getBodyElements().stream()).flatMap(inner -> paragraphs(inner).stream())
                    .toList();
            default -> List.of();
        };
    }

    private static List<Paragraph> parse(String text, String field) {
        List<StringBuilder> texts = new ArrayList<>();
        List<String> refs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        StringBuilder current = null;
        String number = null;
        for (String rawLine : text.split("\\R", -1)) {
            String line = SPACES.matcher(rawLine).replaceAll(" ").strip();
            if (line.isEmpty()) {
                current = null;
                continue;
            }
            Label label = Label.of(line, number);
            if (label != null) {
                if (!seen.add(label.ref())) {
                    throw InvalidInputException.of(field, "Paragraph " + label.ref() + " appears more than once");
                }
                number = label.number();
                current = new StringBuilder(label.text());
                texts.add(current);
                refs.add(label.ref());
            } else if (current != null) {
                current.append(current.isEmpty() ? "" : " ").append(line);
            }
        }
        List<Paragraph> paragraphs = new ArrayList<>();
        for (int i = 0; i < refs.size(); i++) {
            if (!texts.get(i).isEmpty()) {
                paragraphs.add(new Paragraph(refs.get(i), texts.get(i).toString()));
            }
        }
        if (paragraphs.isEmpty()) {
            throw InvalidInputException.of(field,
                    "No numbered paragraph found: paragraphs begin with 1., 2. … and sub-paragraphs with (a), (b) …");
        }
        return List.copyOf(paragraphs);
    }

    /** The label a line begins with: the number it sets, its normalised ref, and the text after it. */
    private record Label(String number, String ref, String text) {

        static Label of(String line, String lastNumber) {
            Matcher full = NUMBERED_SUB.matcher(line);
            if (full.matches()) {
                String number = number(full.group(1));
                return new Label(number, number + " (" + full.group(2) + ")", orEmpty(full.group(3)));
            }
            Matcher top = NUMBER.matcher(line);
            if (top.matches()) {
                String number = number(top.group(1));
                return new Label(number, number, orEmpty(top.group(2)));
            }
            Matcher sub = SUB.matcher(line);
            if (sub.matches() && lastNumber != null) {
                return new Label(lastNumber, lastNumber + " (" + sub.group(1) + ")", orEmpty(sub.group(2)));
            }
            return null;
        }

        private static String number(String digits) {
            return Integer.toString(Integer.parseInt(digits));
        }

        private static String orEmpty(String text) {
            return text == null ? "" : text.strip();
        }
    }
}
