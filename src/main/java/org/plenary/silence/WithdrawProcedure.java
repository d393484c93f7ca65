package org.plenary.silence;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.plenary.audit.AuditLog;
import org.plenary.audit.AuditRecord;
import org.plenary.processes.Process;
import org.plenary.processes.ProcessId;
import org.plenary.processes.Processes;
import org.plenary.shared.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Withdraws an open procedure, before its deadline, giving the reason the delegations are shown: at the deadline
 * it is adopted (or already broken), and a withdrawal can no longer undo that.
 */
@Service
public class WithdrawProcedure {

    private final Processes processes;
    private final ProcedureRepository procedures;
    private final DraftRepository drafts;
    private final SilenceChanges changes;
    private final SilenceNotices notices;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WithdrawProcedure(Processes processes, ProcedureRepository procedures, DraftRepository drafts,
            SilenceChanges changes, SilenceNotices notices, AuditLog audit, ApplicationEventPublisher events,
            Clock clock) {
        this.drafts = drafts;
        this.notices = notices;
        this.processes = processes;
        this.procedures = procedures;
        this.changes = changes;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public SilenceProcedure execute(ProcessId processId, SilenceProcedureId id, String reason) {
        Process process = processes.require(processId);
        Actor actor = Actor.require();
        SilencePolicy.mayManage(processes.roleOf(process.id(), actor)).orForbid();
        SilenceProcedure p = procedures.lockIn(process.id(), id);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        SilenceProcedure withdrawn = p.withdraw(reason, now);
        procedures.save(withdrawn);
        drafts.conclude(drafts.of(id).stream().filter(d -> d.status() == DraftStatus.OPEN).map(DraftDecision::id)
                .toList(), DraftStatus.WITHDRAWN, now);
        events.publishEvent(new ProcedureWithdrawn(id, process.id(), p.reference(), now));
        notices.queue(process, id, SilenceNotices.Kind.WITHDRAWN, now);
        changes.announce(id);
        audit.record(AuditRecord.changed("silence.procedure.withdrawn", "silence-procedure", id, process.id().value(),
                Map.of("status", p.status()), Map.of("status", withdrawn.status(), "at", now.toString(), "reason",
                        withdrawn.withdrawalReason())));
        return withdrawn;
    }
}
