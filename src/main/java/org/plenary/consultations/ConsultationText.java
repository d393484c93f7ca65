package org.plenary.consultations;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The text of a consultation that delegations read, in one language: its title, and its elements and guiding
 * questions by ref. A version may leave some out: they are read in the original.
 */
public record ConsultationText(String title, Map<String, String> elements, Map<String, String> questions) {

    public ConsultationText {
        elements = Map.copyOf(elements);
        questions = Map.copyOf(questions);
    }

    static ConsultationText of(Consultation c) {
        return new ConsultationText(c.title(), byRef(c.elements()), byRef(c.questions()));
    }

    /** The consultation as read in this text: its title, and the elements and questions this text has. */
    public Consultation applyTo(Consultation c) {
        return new Consultation(c.id(), c.process(), title, c.document(), c.opensAt(), c.closesAt(), c.closedEarly(),
                c.createdAt(), c.createdBy(), in(c.elements(), elements), in(c.questions(), questions), c.version());
    }

    private static List<NumberedText> in(List<NumberedText> originals, Map<String, String> texts) {
        return originals.stream().map(t -> new NumberedText(t.ref(), texts.getOrDefault(t.ref(), t.text()))).toList();
    }

    private static Map<String, String> byRef(List<NumberedText> texts) {
        Map<String, String> byRef = new LinkedHashMap<>();
        texts.forEach(t -> byRef.put(t.ref(), t.text()));
        return byRef;
    }
}
