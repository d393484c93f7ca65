package org.plenary.silence;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.plenary.audit.AuditLog;
import org.plenary.audit.AuditRecord;
import org.plenary.processes.Process;
import org.plenary.processes.ProcessId;
import org.plenary.processes.Processes;
import org.plenary.roster.Category;
import org.plenary.shared.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Circulates a draft: records the States Parties of the day as the participants that may break silence,
 * schedules the conclusion at the deadline and the reminder before it (durably, in the database), and queues
 * the e-mail to every delegate of every participant, all in one transaction; once it is committed, this
 * instance's deadline timer is armed ({@link ProcedureCirculated}).
 */
@Service
public class CirculateProcedure {

    private final Processes processes;
    private final ProcedureRepository procedures;
    private final SilenceNotices notices;
    private final SchedulerClient scheduler;
    private final SilenceChanges changes;
    private final SilenceProperties properties;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final ShortPeriods shortPeriods;
    private final Clock clock;

    CirculateProcedure(Processes processes, ProcedureRepository procedures, SilenceNotices notices,
            SchedulerClient scheduler, SilenceChanges changes, SilenceProperties properties,
            AuditLog audit, ApplicationEventPublisher events, ShortPeriods shortPeriods, Clock clock) {
        this.shortPeriods = shortPeriods;
        this.processes = processes;
        this.procedures = procedures;
        this.notices = notices;
        this.scheduler = scheduler;
        this.changes = changes;
        this.properties = properties;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public SilenceProcedure execute(ProcessId processId, SilenceProcedureId id) {
        Process process = processes.require(processId);
        Actor actor = Actor.require();
        SilencePolicy.mayManage(processes.roleOf(process.id(), actor)).orForbid();
        SilenceProcedure p = procedures.lockIn(process.id(), id);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        SilenceProcedure circulated = p.circulate(now, actor.username());
        DeadlineRule.check(process, p.deadline(), now, shortPeriods.reason(id).isPresent());
        LocalDate today = processes.today(process);
        List<UUID> eligible = processes.participants(process, today).stream()
                .filter(s -> s.category() == Category.STATE_PARTY).map(s -> s.id().value()).toList();
        procedures.save(circulated);
        procedures.recordEligible(id, eligible);
        int emails = notices.queue(process, id, SilenceNotices.Kind.CIRCULATION, now);
        scheduler.schedule(SilenceTasks.DEADLINE.instance(id.toString()).data(id.toString()).build(), p.deadline());
        Instant reminder = p.deadline().minus(properties.reminderBefore());
        if (reminder.isAfter(now)) {
            scheduler.schedule(SilenceTasks.REMINDER.instance(id.toString()).data(id.toString()).build(), reminder);
        }
        changes.announce(id);
        audit.record(AuditRecord.changed("silence.procedure.circulated", "silence-procedure", id, process.id().value(),
                Map.of("status", p.status()), Map.of("status", circulated.status(), "circulatedAt", now.toString(),
                        "deadline", p.deadline().toString(), "eligible", eligible.size(), "emails", emails,
                        "eligibleOn", today.toString())));
        events.publishEvent(new ProcedureCirculated(id, process.id(), p.reference(), p.deadline()));
        return circulated;
    }
}
