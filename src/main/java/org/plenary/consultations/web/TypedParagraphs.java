package org.plenary.consultations.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plenary.consultations.NumberedText;

/**
 * Numbered paragraphs typed in a text area: a line that starts with a number ({@code 1.}, {@code 12 (d)},
 * {@code Q1}) opens a paragraph with that reference; the lines below it, up to the next number, continue it.
 * Duplicates and empty texts are left for the operation to refuse with its reasons.
 */
final class TypedParagraphs {

    private static final Pattern NUMBERED = Pattern.compile(
            "^((?:[A-Z]{1,3})?\\d{1,3}(?:\\s*\\([a-z]{1,4}\\))?|\\([a-z]{1,4}\\))[.)]?(?:\\s+(.*))?$");

    private TypedParagraphs() {
    }

    static List<NumberedText> parse(String typed) {
        List<String> refs = new ArrayList<>();
        List<StringBuilder> texts = new ArrayList<>();
        for (String raw : (typed == null ? "" : typed).split("\\R")) {
            String line = raw.strip();
            Matcher numbered = NUMBERED.matcher(line);
            if (numbered.matches()) {
                refs.add(numbered.group(1).replaceAll("\\s+", " "));
                texts.add(new StringBuilder(numbered.group(2) == null ? "" : numbered.group(2).strip()));
            } else if (!line.isEmpty()) {
                if (texts.isEmpty()) {
                    refs.add(String.valueOf(1));
                    texts.add(new StringBuilder());
                }
                StringBuilder text = texts.getLast();
                text.append(text.isEmpty() ? "" : " ").append(line);
            }
        }
        List<NumberedText> paragraphs = new ArrayList<>();
        for (int i = 0; i < refs.size(); i++) {
            paragraphs.add(new NumberedText(refs.get(i), texts.get(i).toString()));
        }
        return paragraphs;
    }

    /** Paragraphs back as typed text, one per block. */
    static String typed(List<NumberedText> paragraphs) {
        StringBuilder text = new StringBuilder();
        paragraphs.forEach(p -> text.append(p.ref()).append(p.ref().matches("\\d+") ? ". " : " ").append(p.text())
                .append("\n"));
        return text.toString();
    }
}
