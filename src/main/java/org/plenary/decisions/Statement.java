package org.plenary.decisions;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * An interpretative statement or a reservation a State attached to a decision, as its delegate wrote it, with its
 * versions in other languages of the process (language → text).
 */
public record Statement(UUID id, StatementKind kind, UUID participant, String participantName, String text,
        Instant submittedAt, Map<String, String> versions) {

    /** Its text in {@code language} when it has a version in it, else as written. */
    public String in(String language) {
        return versions.getOrDefault(language, text);
    }
}
