package org.plenary.silence.web;

import java.time.Instant;
import java.util.List;
import org.plenary.meetings.Meeting;
import org.plenary.processes.Process;
import org.plenary.shared.web.Form;
import org.plenary.silence.ProcedureStatus;
import org.plenary.silence.ProcedureView;
import org.plenary.silence.Response;
import org.plenary.silence.SilenceProcedure;

/** What the silence pages show, and where each procedure's page is. */
public final class SilencePages {

    private SilencePages() {
    }

    public static String page(Process process, SilenceProcedure p) {
        return "/processes/" + process.code() + "/silence-procedures/" + p.id();
    }

    /** The procedures the reader sees; for officers the drafting form, the meetings and the broken procedures. */
    public record Listing(Process process, boolean officer, List<SilenceProcedure> procedures, List<Meeting> meetings,
            Form<SilenceForms.NewProcedure> form) {

        public List<SilenceProcedure> broken() {
            return procedures.stream().filter(p -> p.status() == ProcedureStatus.BROKEN).toList();
        }
    }

    /**
     * One procedure for its reader: officers run it; a delegate answers it while it takes answers, objecting
     * when the delegation was a State Party at circulation. {@code answer} is the form, kept when refused;
 * {@code now} is when the page was made, for its countdown.
     */
    public record One(ProcedureView view, boolean officer, boolean signedIn, boolean delegate, boolean eligible,
            boolean receivable, Form<SilenceForms.Answer> answer, Instant now) {

        public String path() {
            return page(view.process(), view.procedure());
        }
    }

    /** The confirmation step of an objection: it breaks silence. */
    public record Confirmation(ProcedureView view, SilenceForms.Answer answer) {

        public String path() {
            return page(view.process(), view.procedure());
        }
    }

    /** The receipt shown after an answer was received. */
    public record Receipted(ProcedureView view, Response response) {
    }
}
