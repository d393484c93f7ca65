package org.plenary.silence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.plenary.correspondence.AddresseeGroup;
import org.plenary.correspondence.DraftLetter;
import org.plenary.correspondence.Letter;
import org.plenary.documents.DocumentId;
import org.plenary.meetings.Meeting;
import org.plenary.meetings.MeetingStatus;
import org.plenary.meetings.Meetings;
import org.plenary.meetings.RescheduleMeeting;
import org.plenary.processes.Process;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What follows the conclusion of a procedure, in the same transaction: the effect of an adopted decision, and
 * a draft outcome letter to all addressee groups for the Presidency to review and send, attaching the documents
 * of the procedure and referring to the letter that announced it, if any.
 */
@Component
class Outcomes {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH);

    private final DraftLetter letters;
    private final RescheduleMeeting reschedule;
    private final Meetings meetings;
    private final ProcedureRepository procedures;

    Outcomes(DraftLetter letters, RescheduleMeeting reschedule, Meetings meetings, ProcedureRepository procedures) {
        this.letters = letters;
        this.reschedule = reschedule;
        this.meetings = meetings;
        this.procedures = procedures;
    }

    /** Applies the effect of the adopted procedure and drafts its letter; answers what became of the effect. */
    @Transactional(propagation = Propagation.MANDATORY)
    String adopted(Process process, SilenceProcedure p) {
        String effectResult = applyEffect(process, p);
        String body = "The silence procedure " + p.reference() + " on \"" + p.subject() + "\" was circulated on "
                + when(process, p.circulatedAt()) + ", with a deadline of " + when(process, p.deadline()) + ".\n\n"
                + "No objection was received by the deadline; the decision is adopted:\n\n"
                + quoted(p.proposal()) + (effectResult == null ? "" : "\n\n" + effectResult + ".") + comments(p);
        Letter letter = draft(process, p, p.deadline(), "Adopted: " + p.subject(), body);
        procedures.setOutcome(p.id(), letter.id(), effectResult);
        return effectResult;
    }

    /** Drafts the letter of a procedure whose silence {@code objection} just broke. */
    @Transactional(propagation = Propagation.MANDATORY)
    void broken(Process process, SilenceProcedure p, Response objection) {
        String body = "The silence procedure " + p.reference() + " on \"" + p.subject() + "\" was circulated on "
                + when(process, p.circulatedAt()) + ", with a deadline of " + when(process, p.deadline()) + ".\n\n"
                + "Silence was broken by " + objection.participantName() + " on "
                + when(process, objection.receivedAt()) + (objection.kind() == ResponseKind.AMENDMENT
                        ? ", which proposed an amendment" : "") + ":\n\n" + quoted(objection.text())
                + "\n\nThe proposed decision is therefore not adopted:\n\n" + quoted(p.proposal());
        Letter letter = draft(process, p, objection.receivedAt(), "Silence broken: " + p.subject(), body);
        procedures.setOutcome(p.id(), letter.id(), null);
    }

    private String applyEffect(Process process, SilenceProcedure p) {
        Effect effect = p.effect();
        if (effect == null) {
            return null;
        }
        Meeting meeting = meetings.of(process).stream().filter(m -> m.id().equals(effect.meeting())).findFirst()
                .orElseThrow();
        if (!meeting.status().next().contains(MeetingStatus.SCHEDULED)) {
            return "The meeting \"" + meeting.title() + "\" could not be moved: it is " + meeting.status();
        }
        reschedule.applyDecision(new RescheduleMeeting.Command(process.id().toString(), meeting.id(), effect.start(),
                effect.end(), "Adopted by silence procedure " + p.reference() + ": " + p.subject(),
                "Silence procedure " + p.reference() + " (" + p.id() + ")"));
        return "The meeting \"" + meeting.title() + "\" is moved to " + when(process, effect.start()) + " – "
                + when(process, effect.end());
    }

    private Letter draft(Process process, SilenceProcedure p, Instant at, String subject, String body) {
        return letters.executeAsDecision(new DraftLetter.Command(process.id().toString(),
                process.code() + "/" + p.reference() + "/Outcome", LocalDate.ofInstant(at, process.timeZone()), null,
                cut(subject, 300), body, Arrays.asList(AddresseeGroup.values()),
                p.documents().stream().map(DocumentId::toString).toList(),
                p.announcedWith() == null ? List.of() : List.of(p.announcedWith().toString()), null, null, false));
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
        return WHEN.format(at.atZone(process.timeZone())) + " " + process.timeZone().getId() + " ("
                + DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH).format(at.atOffset(ZoneOffset.UTC)) + " UTC)";
    }

    private static String quoted(String text) {
        return text.lines().map(l -> "> " + l).collect(Collectors.joining("\n"));
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
