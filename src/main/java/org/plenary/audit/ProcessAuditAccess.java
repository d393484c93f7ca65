package org.plenary.audit;

import java.util.UUID;
import org.plenary.shared.Actor;

/**
 * Who may read the audit entries of a process besides administrators: answered by the module that knows the
 * officers of processes, without the audit log depending on it.
 */
public interface ProcessAuditAccess {

    boolean mayRead(Actor actor, UUID processId);
}
