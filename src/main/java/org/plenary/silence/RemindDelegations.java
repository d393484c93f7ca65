package org.plenary.silence;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.plenary.audit.AuditLog;
import org.plenary.audit.AuditRecord;
import org.plenary.processes.Process;
import org.plenary.processes.Processes;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Queues the reminder e-mails of a procedure that is still open before its deadline; once only. */
@Component
class RemindDelegations {

    private final ProcedureRepository procedures;
    private final Processes processes;
    private final SilenceNotices notices;
    private final AuditLog audit;
    private final Clock clock;

    RemindDelegations(ProcedureRepository procedures, Processes processes, SilenceNotices notices, AuditLog audit,
            Clock clock) {
        this.procedures = procedures;
        this.processes = processes;
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    void remind(SilenceProcedureId id) {
        Instant now = clock.instant();
        procedures.lock(id).filter(p -> p.status() == ProcedureStatus.OPEN && !p.pastDeadline(now)).ifPresent(p -> {
            Process process = processes.require(p.process());
            int emails = notices.queue(process, id, SilenceNotices.Kind.REMINDER, now);
            if (emails > 0) {
                audit.record(AuditRecord.changed("silence.procedure.reminded", "silence-procedure", id,
                        process.id().value(), null, Map.of("emails", emails, "deadline", p.deadline().toString())));
            }
        });
    }
}
