package org.plenary.audit;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import java.util.UUID;

/**
 * A stored audit entry, as read back. {@code before} and {@code after} are JSON text, written into an answer
 * as the JSON they hold (they are only ever produced by {@link AuditLog} serialising a value).
 */
public record AuditEntry(long seq, Instant at, String actor, String action, String objectType, String objectId,
        UUID processId, @JsonRawValue String before, @JsonRawValue String after, String prevHash, String hash) {
}
