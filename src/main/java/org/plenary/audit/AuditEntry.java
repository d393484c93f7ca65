package org.plenary.audit;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import java.util.UUID;

/**
 * A stored audit entry, as read back: {@code id} names it from its insertion on, {@code index} is its place in the
 * log once the sequencer has integrated it (null until then). {@code before} and {@code after} are JSON text,
 * written into an answer as the JSON they hold (they are only ever produced by {@link AuditLog} serialising a
 * value).
 */
public record AuditEntry(long id, Long index, Instant at, String actor, String action, String objectType,
        String objectId, UUID processId, @JsonRawValue String before, @JsonRawValue String after) {

    AuditEntry at(long place) {
        return new AuditEntry(id, place, at, actor, action, objectType, objectId, processId, before, after);
    }
}
