package org.plenary.silence;

import java.util.Map;
import org.plenary.audit.AuditLog;
import org.plenary.audit.AuditRecord;
import org.plenary.processes.Process;
import org.plenary.processes.Processes;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Records what became of an adopted procedure's effect, as the module that applied it answered, and then writes
 * the outcome letter that says so. Once: a repeated answer finds the result recorded and changes nothing.
 */
@Component
class EffectResults {

    private final ProcedureRepository procedures;
    private final Processes processes;
    private final Outcomes outcomes;
    private final SilenceChanges changes;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    EffectResults(ProcedureRepository procedures, Processes processes, Outcomes outcomes, SilenceChanges changes,
            AuditLog audit, ApplicationEventPublisher events) {
        this.procedures = procedures;
        this.processes = processes;
        this.outcomes = outcomes;
        this.changes = changes;
        this.audit = audit;
        this.events = events;
    }

    @ApplicationModuleListener
    void on(EffectApplied applied) {
        SilenceProcedure p = procedures.lock(applied.procedure()).orElse(null);
        if (p == null || !p.awaitsEffect()) {
            return;
        }
        String result = applied.result().length() <= 500 ? applied.result() : applied.result().substring(0, 499) + "…";
        procedures.save(p.recordEffect(result));
        Process process = processes.require(p.process());
        events.publishEvent(outcomes.adopted(process, p, result));
        changes.announce(p.id());
        audit.record(AuditRecord.changed("silence.procedure.effect", "silence-procedure", p.id(),
                process.id().value(), Map.of(), Map.of("effect", result)));
    }
}
