package org.plenary.silence;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A draft decision of a silence procedure was adopted at {@code adoptedAt}: its symbol (or null), title, text in
 * its original {@code language} and its {@code versions} in other languages (language code to text). The register
 * of decisions records it, once per {@code draftId}.
 */
public record DraftAdopted(UUID processId, UUID procedureId, UUID draftId, String symbol, String title, String text,
        String language, Map<String, String> versions, Instant adoptedAt) {
}
