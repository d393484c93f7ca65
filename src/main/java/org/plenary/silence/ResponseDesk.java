package org.plenary.silence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.plenary.audit.AuditEntry;
import org.plenary.audit.AuditLog;
import org.plenary.audit.AuditRecord;
import org.plenary.processes.Process;
import org.plenary.processes.ProcessId;
import org.plenary.processes.Processes;
import org.plenary.shared.Actor;
import org.plenary.shared.ConflictException;
import org.plenary.shared.TextInput;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receives an objection, amendment or comment under the lock of the procedure row, so that it and the
 * conclusion at the deadline follow each other: the time of receipt is read once the lock is held, and an
 * answer at or after the deadline is refused as late. The procedure's row names its process, so the process itself
 * is loaded only when an answer breaks silence. A retry with the same idempotency key gets the first
 * answer back. Each answer is recorded in the audit log, whose entry is its receipt.
 */
@Component
class ResponseDesk {

    /** An answer as received, and whether this request only repeated an earlier one (same idempotency key). */
    record Received(Response response, boolean repeated) {
    }

    private final Processes processes;
    private final ProcedureRepository procedures;
    private final DraftRepository drafts;
    private final Outcomes outcomes;
    private final SilenceChanges changes;
    private final SilenceNotices notices;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ResponseDesk(Processes processes, ProcedureRepository procedures, DraftRepository drafts, Outcomes outcomes,
            SilenceChanges changes, SilenceNotices notices, AuditLog audit, ApplicationEventPublisher events,
            Clock clock) {
        this.drafts = drafts;
        this.notices = notices;
        this.processes = processes;
        this.procedures = procedures;
        this.outcomes = outcomes;
        this.changes = changes;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    Received receive(ProcessId processId, SilenceProcedureId id, ResponseKind kind, String text, String reason,
            List<String> draftIds, String idempotencyKey) {
        Actor actor = Actor.require();
        SilencePolicy.mayRespond(actor, kind, true).orForbid();
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? null
                : TextInput.line("Idempotency-Key", idempotencyKey, 200);
        ProcedureRepository.Answering answering = procedures.lockForAnswer(processId, id, actor.participantId());
        SilenceProcedure p = answering.procedure();
        if (key != null) {
            Optional<Response> first = procedures.responseByKey(id, actor.accountId(), key);
            if (first.isPresent()) {
                if (first.get().kind() != kind) {
                    throw new ConflictException("The Idempotency-Key '" + key + "' was used for a "
                            + first.get().kind().name().toLowerCase(Locale.ROOT) + " already");
                }
                return new Received(first.get(), true);
            }
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (p.status() == ProcedureStatus.DRAFT) {
            SilencePolicy.requireReceivable(p, now);
        }
        ProcedureRepository.Standing standing = answering.standing();
        boolean eligible = standing.eligible();
        SilencePolicy.mayRespond(actor, kind, eligible).orForbid();
        SilencePolicy.requireReceivable(p, now);
        List<DraftDecision> all = drafts.of(id);
        List<DraftDecision> reached = DraftsReached.named(all, draftIds);
        if (kind == ResponseKind.OBJECTION) {
            Set<UUID> objected = drafts.objectedBy(id, actor.participantId());
            reached = reached.stream().filter(d -> !objected.contains(d.id())).toList();
            if (reached.isEmpty()) {
                throw new ConflictException("Your delegation has already objected to " + p.reference())
                        .withKey("refusal.silence.alreadyObjected", p.reference());
            }
        }
        String body = TextInput.lines(kind == ResponseKind.OBJECTION ? "reason" : "text", text, Response.MAX_TEXT);
        String why = kind == ResponseKind.AMENDMENT ? TextInput.optionalLines("reason", reason, Response.MAX_REASON) : null;
        boolean breaks = SilencePolicy.breaksSilence(kind, eligible, p.amendmentsBreakSilence());
        UUID responseId = UUID.randomUUID();
        Map<String, Object> recorded = new HashMap<>(Map.of("procedure", id.toString(), "kind", kind,
                "participantId", actor.participantId().toString(), "receivedAt", now.toString(),
                "breaksSilence", breaks, "textSha256", sha256(body, why)));
        if (all.size() > 1) {
            recorded.put("drafts", reached.stream().map(d -> d.id().toString()).toList());
        }
        AuditEntry entry = audit.record(AuditRecord.created("silence." + kind.name().toLowerCase(Locale.ROOT)
                + ".received", "silence-response", responseId, processId.value(), recorded));
        Response response = new Response(responseId, id, kind, actor.participantId(), standing.name(),
                actor.username(), body, why, now, breaks, entry.id(), null);
        procedures.insertResponse(response, actor.accountId(), key, DraftsReached.ids(reached));
        List<UUID> broken = breaks ? reached.stream().filter(d -> d.status() == DraftStatus.OPEN)
                .map(DraftDecision::id).toList() : List.of();
        drafts.conclude(broken, DraftStatus.NOT_ADOPTED, now);
        boolean othersOpen = all.stream().anyMatch(d -> d.status() == DraftStatus.OPEN && !broken.contains(d.id()));
        if (!broken.isEmpty() && othersOpen) {
            audit.record(AuditRecord.changed("silence.drafts.not-adopted", "silence-procedure", id,
                    processId.value(), Map.of("drafts", broken.stream().map(UUID::toString).toList(),
                            "status", DraftStatus.OPEN), Map.of("status", DraftStatus.NOT_ADOPTED, "by",
                            response.participantName(), "response", responseId.toString(), "at", now.toString())));
        }
        if (!broken.isEmpty() && !othersOpen && p.status() == ProcedureStatus.OPEN) {
            Process process = processes.require(processId);
            SilenceProcedure brokenProcedure = p.breakAt(now);
            procedures.save(brokenProcedure);
            events.publishEvent(new ProcedureBroken(id, process.id(), p.reference(), now));
            events.publishEvent(all.size() == 1 ? outcomes.broken(process, brokenProcedure, response)
                    : outcomes.concluded(process, brokenProcedure, now));
            notices.queue(process, id, SilenceNotices.Kind.BROKEN, now);
            audit.record(AuditRecord.changed("silence.procedure.broken", "silence-procedure", id, process.id().value(),
                    Map.of("status", p.status()), Map.of("status", ProcedureStatus.BROKEN, "by",
                            response.participantName(), "response", responseId.toString(), "at", now.toString())));
        }
        changes.announce(id);
        return new Received(response, false);
    }

    /** The fingerprint of an answer's texts kept in its audit entry, so that a receipt also proves the text. */
    static String sha256(String text, String reason) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            String canonical = text.length() + ":" + text + "\n" + (reason == null ? "-" : reason.length() + ":" + reason);
            return HexFormat.of().formatHex(digest.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
