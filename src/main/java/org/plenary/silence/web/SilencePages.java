package org.plenary.silence.web;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.plenary.documents.Document;
import org.plenary.processes.Process;
import org.plenary.silence.LettersToAnnounce;
import org.plenary.silence.MeetingsToMove;
import org.plenary.shared.web.Form;
import org.plenary.shared.web.VersionChoice;
import org.plenary.silence.ProcedureText;
import org.plenary.silence.ProcedureStatus;
import org.plenary.silence.ObjectionsPublication;
import org.plenary.silence.ProcedureView;
import org.plenary.silence.Response;
import org.plenary.silence.SilenceNotices;
import org.plenary.silence.SilenceProcedure;

/** What the silence pages show, and where each procedure's page is. */
public final class SilencePages {

    private SilencePages() {
    }

    public static String page(Process process, SilenceProcedure p) {
        return p.address(process.code());
    }

    /** The procedures the reader sees; for officers the drafting form and what it offers to choose from. */
    public record Listing(Process process, boolean officer, List<SilenceProcedure> procedures, Choices choices,
            Form<SilenceForms.NewProcedure> form) {
    }

    /**
     * What a draft may name: the meetings to move, the documents of the process to attach (with their languages),
     * the letters it may be announced with, and the broken procedures it may revise.
     */
    public record Choices(List<MeetingsToMove.Meeting> meetings, List<Document> documents,
            List<LettersToAnnounce.Letter> letters,
            List<SilenceProcedure> broken) {

        public static Choices none() {
            return new Choices(List.of(), List.of(), List.of(), List.of());
        }
    }

    /** A draft being edited, with its form (kept as entered when refused). */
    public record Editing(Process process, SilenceProcedure procedure, Choices choices,
            Form<SilenceForms.NewProcedure> form) {

        public String path() {
            return page(process, procedure);
        }
    }

    /**
     * One procedure for its reader: officers run it; a delegate answers it while it takes answers, objecting
     * when the delegation was a State Party at circulation. {@code answer} is the form, kept when refused;
     * {@code now} is when the page was made, for its countdown; {@code documents} are the attached documents the
     * reader may read, in the order attached.
     */
    public record One(ProcedureView view, boolean officer, boolean signedIn, boolean delegate, boolean eligible,
            boolean receivable, Form<SilenceForms.Answer> answer, Instant now, List<Document> documents,
            VersionChoice version, Optional<SilenceNotices.Circulation> circulation,
            ObjectionsPublication publication) {

        public String path() {
            return page(view.process(), view.procedure());
        }

        /** The subject and proposal in the language shown. */
        public ProcedureText text() {
            return view.versions().in(version.shown());
        }

        /** The languages of the process the procedure has no version in yet, or all but the original for a draft. */
        public List<String> writableLanguages() {
            return view.process().languages().stream().filter(l -> !l.equals(version.original()))
                    .filter(l -> view.procedure().status() == ProcedureStatus.DRAFT || !version.languages().contains(l))
                    .toList();
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
