package org.plenary.silence;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.plenary.audit.AuditLog;
import org.plenary.audit.AuditRecord;
import org.plenary.documents.DocumentId;
import org.plenary.documents.Documents;
import org.plenary.meetings.Meeting;
import org.plenary.meetings.MeetingId;
import org.plenary.meetings.MeetingStatus;
import org.plenary.meetings.Meetings;
import org.plenary.processes.Process;
import org.plenary.processes.Processes;
import org.plenary.shared.Actor;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafts a silence procedure: the subject, the proposed decision, its deadline (at least the process's minimum
 * period from now), whether amendments break silence, optional documents, an optional effect, and the broken
 * procedure it revises, if any. Nothing is sent before circulation.
 */
@Service
public class DraftProcedure {

    /** The effect as asked for: {@code meetingId} is checked to be a meeting of the same process. */
    public record EffectRequest(Effect.Type type, String meetingId, Instant start, Instant end) {
    }

    public record Command(String process, String subject, String proposal, Instant deadline,
            boolean amendmentsBreakSilence, EffectRequest effect, List<String> documents, String revises) {
    }

    static final Duration LONGEST_MEETING = Duration.ofDays(31);

    private final Processes processes;
    private final Meetings meetings;
    private final Documents documents;
    private final ProcedureRepository procedures;
    private final AuditLog audit;
    private final Clock clock;

    DraftProcedure(Processes processes, Meetings meetings, Documents documents, ProcedureRepository procedures,
            AuditLog audit, Clock clock) {
        this.processes = processes;
        this.meetings = meetings;
        this.documents = documents;
        this.procedures = procedures;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public SilenceProcedure execute(Command c) {
        Process process = processes.require(c.process());
        Actor actor = Actor.require();
        SilencePolicy.mayManage(processes.roleOf(process.id(), actor)).orForbid();
        String subject = ProcedureText.line("subject", c.subject(), 300);
        String proposal = ProcedureText.required("proposal", c.proposal(), 20_000);
        Instant now = clock.instant();
        checkDeadline(process, c.deadline(), now);
        Effect effect = effect(process, c.effect());
        SilenceProcedureId revises = revised(process, c.revises());
        SilenceProcedure procedure = new SilenceProcedure(new SilenceProcedureId(UUID.randomUUID()), process.id(),
                procedures.nextNumber(process.id()), subject, proposal, c.deadline(), c.amendmentsBreakSilence(),
                effect, null, revises, ProcedureStatus.DRAFT, now, actor.username(), null, null, null, null,
                attachments(process, c.documents()));
        procedures.insert(procedure);
        Map<String, Object> after = new HashMap<>(Map.of("reference", procedure.reference(), "subject", subject,
                "deadline", c.deadline().toString(), "amendmentsBreakSilence", c.amendmentsBreakSilence()));
        if (effect != null) {
            after.put("effect", Map.of("type", effect.type(), "meetingId", effect.meeting().toString(),
                    "start", effect.start().toString(), "end", effect.end().toString()));
        }
        if (revises != null) {
            after.put("revises", revises.toString());
        }
        audit.record(AuditRecord.created("silence.procedure.drafted", "silence-procedure", procedure.id(),
                process.id().value(), after));
        return procedures.find(procedure.id()).orElseThrow();
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
            throw InvalidInputException.of("deadline", "The deadline must be at least " + process.silenceMinimumPeriod()
                    + " after circulation (the minimum period of the process); it is only "
                    + Duration.between(now, deadline).withNanos(0) + " away");
        }
    }

    private Effect effect(Process process, EffectRequest e) {
        if (e == null) {
            return null;
        }
        if (e.type() == null) {
            throw InvalidInputException.of("effect.type", "The type of the effect is required: RESCHEDULE_MEETING");
        }
        Meeting meeting;
        try {
            meeting = meetings.require(process, MeetingId.parse(e.meetingId()));
        } catch (NotFoundException unknown) {
            throw InvalidInputException.of("effect.meetingId", "'" + e.meetingId() + "' is not a meeting of this process");
        }
        if (!meeting.status().next().contains(MeetingStatus.SCHEDULED)) {
            throw InvalidInputException.of("effect.meetingId", "The meeting is " + meeting.status()
                    + " and cannot be moved");
        }
        if (e.start() == null || e.end() == null) {
            throw InvalidInputException.of(e.start() == null ? "effect.start" : "effect.end",
                    "The new start and end of the meeting are required, with their offsets");
        }
        if (!e.end().isAfter(e.start()) || Duration.between(e.start(), e.end()).compareTo(LONGEST_MEETING) > 0) {
            throw InvalidInputException.of("effect.end", "The end must come after the start, at most 31 days later");
        }
        return new Effect(e.type(), meeting.id(), e.start(), e.end());
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
