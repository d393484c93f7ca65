package org.plenary.consultations;

import org.plenary.shared.SpreadsheetCsv;

/**
 * The compilation as CSV, one row per view: the positions per element, the missing elements proposed and the
 * answers per question, each with the participant, its category and the group it spoke for. Texts written by
 * delegations are neutralised for spreadsheets ({@link SpreadsheetCsv}).
 */
public final class CompilationCsv {

    static final String[] HEADER = {"kind", "ref", "participant", "category", "onBehalfOf", "stance", "text",
        "comment", "after"};

    private CompilationCsv() {
    }

    public static String of(Compilation compilation) {
        SpreadsheetCsv csv = new SpreadsheetCsv(HEADER);
        for (Compilation.ElementViews e : compilation.elements()) {
            for (Compilation.View v : e.positions()) {
                csv.row("position", e.ref(), v.participantName(), v.category(), v.onBehalfOf(), v.stance(),
                        v.proposedText(), v.comment(), null);
            }
        }
        for (Compilation.MissingProposal m : compilation.missing()) {
            csv.row("missing", null, m.participantName(), m.category(), null, null, m.text(), null, m.after());
        }
        for (Compilation.QuestionAnswers q : compilation.questions()) {
            for (Compilation.AnswerView a : q.answers()) {
                csv.row("answer", q.ref(), a.participantName(), a.category(), null, null, a.text(), null, null);
            }
        }
        return csv.text();
    }
}
