package org.plenary.audit;

import java.util.UUID;

/**
 * One state change to record: what happened ({@code roster.participant.created}), to which object, in
 * which process if any, and the state before and after where it matters (any JSON-serialisable value).
 */
public record AuditRecord(String action, String objectType, String objectId, UUID processId, Object before,
        Object after) {

    public static AuditRecord created(String action, String objectType, Object id, UUID processId, Object after) {
        return new AuditRecord(action, objectType, String.valueOf(id), processId, null, after);
    }

    public static AuditRecord changed(String action, String objectType, Object id, UUID processId, Object before,
            Object after) {
        return new AuditRecord(action, objectType, String.valueOf(id), processId, before, after);
    }
}
