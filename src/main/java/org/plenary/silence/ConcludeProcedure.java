package org.plenary.silence;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.plenary.audit.AuditLog;
import org.plenary.audit.AuditRecord;
import org.plenary.processes.Process;
import org.plenary.processes.Processes;
import org.plenary.shared.LanguageVersions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adopts a procedure at its deadline, by itself: called by the deadline timers and the durable deadline task of
 * any instance, as often as they like. Under the lock of the procedure row, only an OPEN procedure whose deadline
 * has passed is adopted, with its deadline as the time of conclusion; so it is adopted once, and never after an
 * objection that was received in time (which breaks it under the same lock). The adoption is published with its
 * effect ({@link ProcedureAdopted}), its draft for the register of decisions ({@link DraftAdopted}) and, without an effect, its outcome letter at once; with one, once the module
 * that applies it answers ({@link EffectResults}).
 */
@Service
public class ConcludeProcedure {

    /** What the call found: adopted it now, not yet due, or concluded already (or never circulated). */
    public enum Result { ADOPTED, NOT_DUE, NOTHING_TO_DO }

    private final ProcedureRepository procedures;
    private final Processes processes;
    private final Outcomes outcomes;
    private final SilenceChanges changes;
    private final SilenceNotices notices;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final ProcedureVersionRepository versions;
    private final Clock clock;

    ConcludeProcedure(ProcedureRepository procedures, Processes processes, Outcomes outcomes, SilenceChanges changes,
            SilenceNotices notices, AuditLog audit, ApplicationEventPublisher events,
            ProcedureVersionRepository versions, Clock clock) {
        this.versions = versions;
        this.notices = notices;
        this.procedures = procedures;
        this.processes = processes;
        this.outcomes = outcomes;
        this.changes = changes;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Result atDeadline(SilenceProcedureId id) {
        Optional<SilenceProcedure> locked = procedures.lock(id);
        if (locked.isEmpty() || locked.get().status() != ProcedureStatus.OPEN) {
            return Result.NOTHING_TO_DO;
        }
        SilenceProcedure p = locked.get();
        if (!p.pastDeadline(clock.instant())) {
            return Result.NOT_DUE;
        }
        Process process = processes.require(p.process().toString());
        procedures.conclude(id, p.status().to(ProcedureStatus.ADOPTED), p.deadline());
        procedures.setOutcomeLetter(id, UUID.randomUUID());
        notices.queue(process, id, SilenceNotices.Kind.ADOPTED, clock.instant());
        SilenceProcedure adopted = procedures.find(id).orElseThrow();
        events.publishEvent(new ProcedureAdopted(id, process.id(), p.reference(), p.subject(), p.deadline(),
                p.effect()));
        LanguageVersions<ProcedureText> texts = versions.of(p);
        Map<String, String> proposals = new LinkedHashMap<>();
        texts.versions().forEach((language, text) -> proposals.put(language, text.proposal()));
        events.publishEvent(new DraftAdopted(process.id().value(), id.value(), id.value(), p.reference(),
                p.subject(), p.proposal(), texts.original(), proposals, p.deadline()));
        if (p.effect() == null) {
            events.publishEvent(outcomes.adopted(process, adopted, null));
        }
        Map<String, Object> after = Map.of("status", ProcedureStatus.ADOPTED, "concludedAt", p.deadline().toString(),
                "outcomeLetterId", adopted.outcomeLetter().toString());
        changes.announce(id);
        audit.record(AuditRecord.changed("silence.procedure.adopted", "silence-procedure", id, process.id().value(),
                Map.of("status", ProcedureStatus.OPEN), after));
        return Result.ADOPTED;
    }
}
