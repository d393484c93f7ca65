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
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves the closing time of a consultation that has not closed to a later time; the delegations are told by
 * e-mail. A closed consultation is not reopened: a new one is opened instead.
 */
@Service
public class ExtendConsultation {

    private final Processes processes;
    private final ConsultationRepository consultations;
    private final ConsultationNotices notices;
    private final AuditLog audit;
    private final Clock clock;

    ExtendConsultation(Processes processes, ConsultationRepository consultations, ConsultationNotices notices,
            AuditLog audit, Clock clock) {
        this.processes = processes;
        this.consultations = consultations;
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Consultation execute(ProcessId processId, ConsultationId id, Instant closes) {
        Process process = processes.require(processId);
        ConsultationPolicy.mayRun(processes.roleOf(process.id(), Actor.require())).orForbid();
        Consultation consultation = consultations.lock(id).filter(c -> c.process().equals(process.id()))
                .orElseThrow(() -> new NotFoundException("Consultation", id));
        Instant now = clock.instant();
        if (consultation.status(now) == ConsultationStatus.CLOSED) {
            throw new ConflictException("The consultation closed at " + consultation.closesAt()
                    + "; open a new one instead");
        }
        if (closes == null || !closes.isAfter(consultation.closesAt())) {
            throw InvalidInputException.of("closes", "The new closing time must follow the current one ("
                    + consultation.closesAt() + ")");
        }
        consultations.changeClosing(id, closes, false);
        Consultation extended = consultations.find(id).orElseThrow();
        int queued = notices.queue(process, extended, ConsultationNotices.Kind.EXTENDED);
        audit.record(AuditRecord.changed("consultations.consultation.extended", "consultation", id,
                process.id().value(), Map.of("closes", consultation.closesAt().toString()),
                Map.of("closes", closes.toString(), "notices", queued)));
        return extended;
    }
}
