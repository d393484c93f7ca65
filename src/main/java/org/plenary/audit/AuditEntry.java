package org.plenary.audit;

import java.time.Instant;
import java.util.UUID;

/** A stored audit entry, as read back. {@code before} and {@code after} are JSON text. */
public record AuditEntry(long seq, Instant at, String actor, String action, String objectType, String objectId,
        UUID processId, String before, String after, String prevHash, String hash) {
}
