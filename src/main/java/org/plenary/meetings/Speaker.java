package org.plenary.meetings;

import java.time.Instant;
import java.util.UUID;
import org.plenary.roster.Category;

/** A delegation inscribed on the speakers' list of an agenda item. */
public record Speaker(UUID participantId, String participantName, Category category, Instant requestedAt) {
}
