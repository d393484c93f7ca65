package org.plenary.consultations;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.TextInput;

/** Checks the numbered texts of consultations (elements, questions) and their references. */
final class ConsultationTexts {

    static final int MAX_TEXT = 10_000;
    static final int MAX_REF = 30;
    static final int MAX_ITEMS = 500;

    private ConsultationTexts() {
    }

    /** A reference ("5 (b)"), its white space runs made single spaces. */
    static String ref(String field, String value) {
        return TextInput.line(field, value == null ? null : value.replaceAll("\\s+", " "), MAX_REF);
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
            checked.add(new NumberedText(ref, TextInput.lines(field + "[" + i + "].text", t.text(), MAX_TEXT)));
        }
        return List.copyOf(checked);
    }
}
