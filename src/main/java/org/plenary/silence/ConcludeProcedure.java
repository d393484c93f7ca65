package org.plenary.silence;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plenary.audit.AuditLog;
import org.plenary.audit.AuditRecord;
import org.plenary.processes.Process;
import org.plenary.processes.Processes;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adopts a procedure at its deadline, by itself: called by the deadline timers and the durable deadline task of
 * any instance, as often as they like. Under the lock of the procedure row, only an OPEN procedure whose deadline
 * has passed is adopted, with its deadline as the time of conclusion; so it is adopted once, and never after an
 * objection that was received in time (which breaks it under the same lock). The adoption is published with its
 * effect ({@link ProcedureAdopted}) and, without an effect, its outcome letter at once; with one, once the module
 * that applies it answers ({@link EffectResults}). Each draft still open is adopted ({@link DraftAdopted}); a
 * procedure with a draft that an objection reached before is concluded as broken.
 */
@Service
public class ConcludeProcedure {

    /**
     * What the call found: adopted it now, concluded it now with some drafts not adopted (broken), not yet due,
     * or concluded already (or never circulated).
     */
    public enum Result { ADOPTED, CONCLUDED_BROKEN, NOT_DUE, NOTHING_TO_DO }

    private final ProcedureRepository procedures;
    private final DraftRepository drafts;
    private final DraftsAdopted adoptions;
    private final Processes processes;
    private final Outcomes outcomes;
    private final SilenceChanges changes;
    private final SilenceNotices notices;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ConcludeProcedure(ProcedureRepository procedures, DraftRepository drafts, DraftsAdopted adoptions,
            Processes processes, Outcomes outcomes, SilenceChanges changes, SilenceNotices notices, AuditLog audit,
            ApplicationEventPublisher events, Clock clock) {
        this.drafts = drafts;
        this.adoptions = adoptions;
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
        Process process = processes.require(p.process());
        List<DraftDecision> all = drafts.of(id);
        List<DraftDecision> open = all.stream().filter(d -> d.status() == DraftStatus.OPEN).toList();
        drafts.conclude(DraftsReached.ids(open), DraftStatus.ADOPTED, p.deadline());
        adoptions.publish(process, p, open);
        if (open.size() < all.size()) {
            return concludeBroken(process, p, open);
        }
        SilenceProcedure adopted = p.adopt();
        procedures.save(adopted);
        notices.queue(process, id, SilenceNotices.Kind.ADOPTED, clock.instant());
        events.publishEvent(new ProcedureAdopted(id, process.id(), p.reference(), p.subject(), p.deadline(),
                p.effect()));
        if (all.size() > 1) {
            events.publishEvent(outcomes.concluded(process, adopted, p.deadline()));
        } else if (p.effect() == null) {
            events.publishEvent(outcomes.adopted(process, adopted, null));
        }
        Map<String, Object> after = new HashMap<>(Map.of("status", ProcedureStatus.ADOPTED,
                "concludedAt", p.deadline().toString(), "outcomeLetterId", adopted.outcomeLetter().toString()));
        if (all.size() > 1) {
            after.put("adoptedDrafts", ids(open));
        }
        changes.announce(id);
        audit.record(AuditRecord.changed("silence.procedure.adopted", "silence-procedure", id, process.id().value(),
                Map.of("status", ProcedureStatus.OPEN), after));
        return Result.ADOPTED;
    }

    /** Concludes at its deadline a procedure with several drafts of which some were not adopted: it is broken. */
    private Result concludeBroken(Process process, SilenceProcedure p, List<DraftDecision> adopted) {
        SilenceProcedure concluded = p.breakAt(p.deadline());
        procedures.save(concluded);
        notices.queue(process, p.id(), SilenceNotices.Kind.BROKEN, clock.instant());
        events.publishEvent(new ProcedureBroken(p.id(), process.id(), p.reference(), p.deadline()));
        events.publishEvent(outcomes.concluded(process, concluded, p.deadline()));
        changes.announce(p.id());
        audit.record(AuditRecord.changed("silence.procedure.concluded", "silence-procedure", p.id(),
                process.id().value(), Map.of("status", ProcedureStatus.OPEN), Map.of("status", ProcedureStatus.BROKEN,
                        "concludedAt", p.deadline().toString(), "adoptedDrafts", ids(adopted),
                        "outcomeLetterId", concluded.outcomeLetter().toString())));
        return Result.CONCLUDED_BROKEN;
    }

    private static List<String> ids(List<DraftDecision> drafts) {
        return drafts.stream().map(d -> d.id().toString()).toList();
    }
}
