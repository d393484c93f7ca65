package org.plenary.consultations;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.plenary.audit.AuditLog;
import org.plenary.audit.AuditRecord;
import org.plenary.processes.Process;
import org.plenary.processes.ProcessId;
import org.plenary.processes.Processes;
import org.plenary.shared.Actor;
import org.plenary.shared.ConflictException;
import org.plenary.shared.NotFoundException;
import org.plenary.shared.TextInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closes an open consultation now, before its closing time, for a reason that is recorded, shown on its page and
 * sent to the delegations by e-mail.
 */
@Service
public class CloseConsultation {

    /** The longest reason for closing early, in characters. */
    public static final int MAX_REASON = 2_000;

    private final Processes processes;
    private final ConsultationRepository consultations;
    private final ConsultationNotices notices;
    private final AuditLog audit;
    private final Clock clock;

    CloseConsultation(Processes processes, ConsultationRepository consultations, ConsultationNotices notices,
            AuditLog audit, Clock clock) {
        this.processes = processes;
        this.consultations = consultations;
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Consultation execute(ProcessId processId, ConsultationId id, String reason) {
        Process process = processes.require(processId);
        ConsultationPolicy.mayRun(processes.roleOf(process.id(), Actor.require())).orForbid();
        Consultation consultation = consultations.lock(id).filter(c -> c.process().equals(process.id()))
                .orElseThrow(() -> new NotFoundException("Consultation", id));
        Instant now = clock.instant();
        if (consultation.status(now) != ConsultationStatus.OPEN) {
            throw new ConflictException("Only an open consultation can be closed; this one is "
                    + consultation.status(now).name().toLowerCase());
        }
        String why = TextInput.lines("reason", reason, MAX_REASON);
        consultations.closeEarly(id, now, why);
        Consultation closed = consultations.find(id).orElseThrow();
        int queued = notices.queue(process, closed, ConsultationNotices.Kind.CLOSED_EARLY);
        audit.record(AuditRecord.changed("consultations.consultation.closed", "consultation", id, process.id().value(),
                Map.of("closes", consultation.closesAt().toString()),
                Map.of("closes", now.toString(), "closedEarly", true, "reason", why, "notices", queued)));
        return closed;
    }
}
