package org.plenary.processes;

import java.util.UUID;
import org.plenary.audit.ProcessAuditAccess;
import org.plenary.shared.Actor;
import org.springframework.stereotype.Component;

/** The officers of a process may read its audit entries, as they read its audit log (ProcessPolicy). */
@Component
class OfficersReadAudit implements ProcessAuditAccess {

    private final Processes processes;

    OfficersReadAudit(Processes processes) {
        this.processes = processes;
    }

    @Override
    public boolean mayRead(Actor actor, UUID processId) {
        return ProcessPolicy.mayReadAudit(actor, processes.roleOf(new ProcessId(processId), actor)).allowed();
    }
}
