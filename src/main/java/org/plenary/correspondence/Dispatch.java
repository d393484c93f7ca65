package org.plenary.correspondence;

import java.time.Instant;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/** One e-mail of a letter to one address of a participant, in its recipient's language, as the outbox records it. */
@NamedInterface("api")
public record Dispatch(UUID id, LetterId letter, UUID participantId, String participantName, String email,
        String language, DispatchStatus status, int attempts, String lastError, Instant queuedAt, Instant sentAt, Instant updatedAt) {
}
