package org.plenary.silence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.plenary.processes.Process;
import org.plenary.shared.Moments;
import org.springframework.stereotype.Component;

/**
 * The outcome letter of a concluded procedure, written for correspondence to draft it (to all addressee groups,
 * attaching the documents of the procedure and referring to the letter that announced it, if any) under the id
 * the procedure names, for the Presidency to review and send. It names the objecting States unless the process
 * publishes objections without names.
 */
@Component
class Outcomes {

    private final ProcedureRepository procedures;
    private final DraftRepository drafts;
    private final SilenceSettings settings;

    Outcomes(ProcedureRepository procedures, DraftRepository drafts, SilenceSettings settings) {
        this.procedures = procedures;
        this.drafts = drafts;
        this.settings = settings;
    }

    /**
     * The letter of a procedure with several drafts, concluded at {@code at}: the outcome of each draft, and the
     * objections that reached those not adopted.
     */
    OutcomeLetterWritten concluded(Process process, SilenceProcedure p, Instant at) {
        List<Response> objections = procedures.responses(p.id()).stream()
                .filter(r -> r.kind() != ResponseKind.COMMENT && r.breaksSilence()).toList();
        Map<UUID, Set<UUID>> reached = drafts.reached(p.id());
        boolean named = settings.objectionsPublication(process.id()).namesInLetters();
        StringBuilder outcomes = new StringBuilder();
        for (DraftDecision d : drafts.of(p.id())) {
            outcomes.append("\n- ").append(d.label()).append(" – ").append(d.title()).append(": ")
                    .append(d.status() == DraftStatus.ADOPTED ? "adopted" : "not adopted");
            String by = objections.stream().filter(o -> reached.getOrDefault(o.id(), Set.of()).contains(d.id()))
                    .map(o -> (named ? o.participantName() : "an objection") + " on " + when(process, o.receivedAt()))
                    .collect(Collectors.joining("; "));
            outcomes.append(by.isEmpty() ? "" : " (silence broken by " + by + ")");
        }
        String body = "The silence procedure " + p.reference() + " on \"" + p.subject() + "\" was circulated on "
                + when(process, p.circulatedAt()) + ", with a deadline of " + when(process, p.deadline()) + ".\n\n"
                + "Each draft decision was concluded separately: adopted at the deadline unless an objection reached "
                + "it in time.\n" + outcomes + comments(p);
        String subject = (p.status() == ProcedureStatus.ADOPTED ? "Adopted: " : "Concluded: ") + p.subject();
        return letter(process, p, at, subject, body);
    }

    /** The letter of an adopted procedure, with what became of its effect ({@code effectResult}, or null). */
    OutcomeLetterWritten adopted(Process process, SilenceProcedure p, String effectResult) {
        String body = "The silence procedure " + p.reference() + " on \"" + p.subject() + "\" was circulated on "
                + when(process, p.circulatedAt()) + ", with a deadline of " + when(process, p.deadline()) + ".\n\n"
                + "No objection was received by the deadline; the decision is adopted:\n\n"
                + quoted(p.proposal()) + (effectResult == null ? "" : "\n\n" + effectResult + ".") + comments(p);
        return letter(process, p, p.deadline(), "Adopted: " + p.subject(), body);
    }

    /** The letter of a procedure whose silence {@code objection} just broke. */
    OutcomeLetterWritten broken(Process process, SilenceProcedure p, Response objection) {
        String body = "The silence procedure " + p.reference() + " on \"" + p.subject() + "\" was circulated on "
                + when(process, p.circulatedAt()) + ", with a deadline of " + when(process, p.deadline()) + ".\n\n"
                + "Silence was broken by " + (settings.objectionsPublication(process.id()).namesInLetters()
                        ? objection.participantName() : "an objection received") + " on "
                + when(process, objection.receivedAt()) + (objection.kind() == ResponseKind.AMENDMENT
                        ? ", which proposed an amendment" : "") + ":\n\n" + quoted(objection.text())
                + "\n\nThe proposed decision is therefore not adopted:\n\n" + quoted(p.proposal());
        return letter(process, p, objection.receivedAt(), "Silence broken: " + p.subject(), body);
    }

    private OutcomeLetterWritten letter(Process process, SilenceProcedure p, Instant at, String subject, String body) {
        return new OutcomeLetterWritten(p.id(), process.id(), Objects.requireNonNull(p.outcomeLetter()), process.code() + "/" + p.reference() + "/Outcome",
                LocalDate.ofInstant(at, process.timeZone()), cut(subject, 300), body, p.documents(), p.announcedWith());
    }

    private String comments(SilenceProcedure p) {
        List<Response> received = procedures.responses(p.id()).stream()
                .filter(r -> r.kind() != ResponseKind.OBJECTION).toList();
        return received.isEmpty() ? "" : "\n\nComments and proposed amendments received:\n\n" + received.stream()
                .map(r -> "- " + r.participantName() + " (" + r.kind().name().toLowerCase(Locale.ROOT) + "): "
                        + r.text().replace('\n', ' '))
                .collect(Collectors.joining("\n"));
    }

    static String when(Process process, Instant at) {
        return Moments.stated(at, process.timeZone());
    }

    private static String quoted(String text) {
        return text.lines().map(l -> "> " + l).collect(Collectors.joining("\n"));
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
