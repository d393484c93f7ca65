package org.plenary.decisions;

import java.time.Instant;
import java.util.UUID;

/** An interpretative statement or a reservation a State attached to a decision, as its delegate wrote it. */
public record Statement(UUID id, StatementKind kind, UUID participant, String participantName, String text,
        Instant submittedAt) {
}
