package org.plenary.silence;

import java.time.Clock;
import java.util.Map;
import org.plenary.audit.AuditLog;
import org.plenary.audit.AuditRecord;
import org.plenary.processes.Process;
import org.plenary.processes.ProcessId;
import org.plenary.processes.Processes;
import org.plenary.shared.Actor;
import org.plenary.shared.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sets what the process publishes of the objections to its silence procedures (Presidency, Secretariat): the
 * public page and the outcome letters follow it from then on.
 */
@Service
public class SetObjectionsPublication {

    private final Processes processes;
    private final SilenceSettings settings;
    private final AuditLog audit;
    private final Clock clock;

    SetObjectionsPublication(Processes processes, SilenceSettings settings, AuditLog audit, Clock clock) {
        this.processes = processes;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public ObjectionsPublication execute(ProcessId processId, ObjectionsPublication publication) {
        Process process = processes.require(processId);
        Actor actor = Actor.require();
        SilencePolicy.mayManage(processes.roleOf(process.id(), actor)).orForbid();
        if (publication == null) {
            throw InvalidInputException.of("objectionsPublication",
                    "The publication of objections is required: NAMED, WITHOUT_NAMES or NOT_PUBLISHED");
        }
        ObjectionsPublication before = settings.objectionsPublication(process.id());
        settings.save(process.id(), publication, clock.instant(), actor.username());
        audit.record(AuditRecord.changed("silence.settings.changed", "process", process.id().value(),
                process.id().value(), Map.of("objectionsPublication", before),
                Map.of("objectionsPublication", publication)));
        return publication;
    }
}
