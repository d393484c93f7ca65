package org.plenary.silence;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.plenary.documents.DocumentId;
import org.plenary.documents.Documents;
import org.plenary.processes.Process;
import org.plenary.shared.Durations;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.NotFoundException;
import org.plenary.shared.TextInput;
import org.springframework.stereotype.Component;

/**
 * Checks what a draft says, the same way when it is drafted and when it is edited: its texts, its deadline (at
 * least the process's minimum period from now), its effect, the documents of the process it attaches, the letter
 * it was announced with, and the broken procedure it revises.
 */
@Component
class DraftContent {

    /** A draft's content, checked. */
    record Checked(String subject, String proposal, Instant deadline, boolean amendmentsBreakSilence, Effect effect,
            List<DocumentId> documents, SilenceProcedureId revises, UUID announcedWith) {

        /** What a stored draft says. */
        static Checked of(SilenceProcedure p) {
            return new Checked(p.subject(), p.proposal(), p.deadline(), p.amendmentsBreakSilence(), p.effect(),
                    p.documents(), p.revises(), p.announcedWith());
        }

        /** What the audit log records of it. */
        Map<String, Object> audited(String reference) {
            Map<String, Object> entry = new HashMap<>(Map.of("reference", reference, "subject", subject,
                    "deadline", deadline.toString(), "amendmentsBreakSilence", amendmentsBreakSilence,
                    "documents", documents.stream().map(DocumentId::toString).toList()));
            if (effect != null) {
                entry.put("effect", Map.of("type", effect.type(), "meetingId", effect.meeting().toString(),
                        "start", effect.start().toString(), "end", effect.end().toString()));
            }
            if (revises != null) {
                entry.put("revises", revises.toString());
            }
            if (announcedWith != null) {
                entry.put("announcedWith", announcedWith.toString());
            }
            return entry;
        }
    }

    private final MeetingsToMove meetings;
    private final Documents documents;
    private final LettersToAnnounce letters;
    private final ProcedureRepository procedures;

    DraftContent(MeetingsToMove meetings, Documents documents, LettersToAnnounce letters,
            ProcedureRepository procedures) {
        this.meetings = meetings;
        this.documents = documents;
        this.letters = letters;
        this.procedures = procedures;
    }

    Checked check(Process process, DraftProcedure.Command c, Instant now) {
        String subject = TextInput.line("subject", c.subject(), 300);
        String proposal = TextInput.lines("proposal", c.proposal(), 20_000);
        checkDeadline(process, c.deadline(), now);
        return new Checked(subject, proposal, c.deadline(), c.amendmentsBreakSilence(), effect(process, c.effect()),
                attachments(process, c.documents()), revised(process, c.revises()),
                announcement(process, c.announcedWith()));
    }

    /** The deadline must leave at least the process's minimum period from {@code now} (circulation at the latest). */
    static void checkDeadline(Process process, Instant deadline, Instant now) {
        if (deadline == null) {
            throw InvalidInputException.of("deadline",
                    "The deadline is required, with its offset (2020-06-12T18:00:00+02:00)");
        }
        if (!deadline.isAfter(now)) {
            throw InvalidInputException.of("deadline", "The deadline " + deadline + " has already passed");
        }
        if (deadline.isBefore(now.plus(process.silenceMinimumPeriod()))) {
            throw InvalidInputException.of("deadline", "The deadline must be at least "
                    + Durations.words(process.silenceMinimumPeriod(), Locale.ENGLISH)
                    + " after circulation (the minimum period of the process); it is only "
                    + Durations.words(Duration.between(now, deadline), Locale.ENGLISH) + " away")
                    .withKey("refusal.silence.deadlineTooSoon", process.silenceMinimumPeriod(),
                            Duration.between(now, deadline).withNanos(0));
        }
    }

    private Effect effect(Process process, DraftProcedure.EffectRequest e) {
        if (e == null) {
            return null;
        }
        if (e.type() == null) {
            throw InvalidInputException.of("effect.type", "The type of the effect is required: RESCHEDULE_MEETING");
        }
        UUID meeting;
        try {
            meeting = UUID.fromString(e.meetingId() == null ? "" : e.meetingId());
        } catch (IllegalArgumentException notAnId) {
            throw InvalidInputException.of("effect.meetingId", "'" + e.meetingId() + "' is not a meeting of this process");
        }
        if (e.start() == null || e.end() == null) {
            throw InvalidInputException.of(e.start() == null ? "effect.start" : "effect.end",
                    "The new start and end of the meeting are required, with their offsets");
        }
        try {
            meetings.checkMove(process, meeting, e.start(), e.end());
        } catch (InvalidInputException refused) {
            throw new InvalidInputException(refused.getMessage(), refused.errors().stream()
                    .map(f -> new InvalidInputException.FieldError("effect." + f.field(), f.message())).toList());
        }
        return new Effect(e.type(), meeting, e.start(), e.end());
    }

    private SilenceProcedureId revised(Process process, String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        SilenceProcedure earlier;
        try {
            earlier = procedures.find(SilenceProcedureId.parse(id)).filter(p -> p.process().equals(process.id()))
                    .orElseThrow(() -> new NotFoundException("Silence procedure", id));
        } catch (NotFoundException unknown) {
            throw InvalidInputException.of("revises", "'" + id + "' is not a silence procedure of this process");
        }
        if (earlier.status() != ProcedureStatus.BROKEN) {
            throw InvalidInputException.of("revises", "Only a broken procedure can be revised; "
                    + earlier.reference() + " is " + earlier.status());
        }
        return earlier.id();
    }

    private UUID announcement(Process process, String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        try {
            return letters.find(process, UUID.fromString(id)).orElseThrow().id();
        } catch (IllegalArgumentException | NoSuchElementException unknown) {
            throw InvalidInputException.of("announcedWith", "'" + id + "' is not a letter of this process");
        }
    }

    private List<DocumentId> attachments(Process process, List<String> ids) {
        List<DocumentId> attached = new ArrayList<>();
        for (String id : ids == null ? List.<String>of() : ids) {
            try {
                attached.add(documents.require(process, DocumentId.parse(id)).id());
            } catch (NotFoundException e) {
                throw InvalidInputException.of("documents", "'" + id + "' is not a document of this process");
            }
        }
        return List.copyOf(new LinkedHashSet<>(attached));
    }
}
