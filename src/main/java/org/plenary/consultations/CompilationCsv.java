package org.plenary.consultations;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The compilation as CSV, one row per view: the positions per element, the missing elements proposed and the
 * answers per question, each with the participant, its category and the group it spoke for.
 */
public final class CompilationCsv {

    static final String[] HEADER = {"kind", "ref", "participant", "category", "onBehalfOf", "stance", "text",
        "comment", "after"};

    private CompilationCsv() {
    }

    public static String of(Compilation compilation) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).get())) {
            for (Compilation.ElementViews e : compilation.elements()) {
                for (Compilation.View v : e.positions()) {
                    csv.printRecord("position", e.ref(), v.participantName(), v.category(), v.onBehalfOf(), v.stance(),
                            v.proposedText(), v.comment(), null);
                }
            }
            for (Compilation.MissingProposal m : compilation.missing()) {
                csv.printRecord("missing", null, m.participantName(), m.category(), null, null, m.text(), null,
                        m.after());
            }
            for (Compilation.QuestionAnswers q : compilation.questions()) {
                for (Compilation.AnswerView a : q.answers()) {
                    csv.printRecord("answer", q.ref(), a.participantName(), a.category(), null, null, a.text(), null,
                            null);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
