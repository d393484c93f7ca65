package org.plenary.consultations;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.SingleLine;

/** Checks the texts of consultations and submissions: required or optional, within their limits. */
final class ConsultationTexts {

    static final int MAX_TEXT = 10_000;
    static final int MAX_REF = 30;
    static final int MAX_ITEMS = 500;

    private ConsultationTexts() {
    }

    static String required(String field, String value, int max) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw InvalidInputException.of(field, "Required");
        }
        if (text.length() > max) {
            throw InvalidInputException.of(field, "At most " + max + " characters (" + text.length() + " given)");
        }
        if (text.indexOf('\u0000') >= 0) {
            throw InvalidInputException.of(field, "A text may not hold the character U+0000");
        }
        return text;
    }

    static String optional(String field, String value, int max) {
        return value == null || value.isBlank() ? null : required(field, value, max);
    }

    static String ref(String field, String value) {
        String ref = required(field, value, MAX_REF).replaceAll("\\s+", " ");
        if (SingleLine.hasControlCharacters(ref)) {
            throw InvalidInputException.of(field, "A reference is one line");
        }
        return ref;
    }

    /** Numbered texts with unique references: elements (at least one) or questions. */
    static List<NumberedText> numbered(String field, List<NumberedText> given, boolean required) {
        List<NumberedText> texts = given == null ? List.of() : given;
        if (required && texts.isEmpty()) {
            throw InvalidInputException.of(field, "At least one is required");
        }
        if (texts.size() > MAX_ITEMS) {
            throw InvalidInputException.of(field, "At most " + MAX_ITEMS);
        }
        Set<String> refs = new HashSet<>();
        List<NumberedText> checked = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            NumberedText t = texts.get(i);
            if (t == null) {
                throw InvalidInputException.of(field + "[" + i + "]", "Required");
            }
            String ref = ref(field + "[" + i + "].ref", t.ref());
            if (!refs.add(ref)) {
                throw InvalidInputException.of(field + "[" + i + "].ref", "The reference '" + ref + "' is used twice");
            }
            checked.add(new NumberedText(ref, required(field + "[" + i + "].text", t.text(), MAX_TEXT)));
        }
        return List.copyOf(checked);
    }
}
