package org.plenary.silence;

import java.time.Instant;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/**
 * An objection, proposed amendment or comment as received: from which participant, by whom, when, whether it
 * broke silence, and the audit entry that records it (its receipt), with its place in the audit log once
 * integrated.
 */
@NamedInterface("api")
public record Response(UUID id, SilenceProcedureId procedure, ResponseKind kind, UUID participantId,
        String participantName, String author, String text, String reason, Instant receivedAt, boolean breaksSilence,
        long auditEntry, Long auditIndex) {

    /** The longest text of an answer (an objection's reason, an amendment, a comment), in characters. */
    public static final int MAX_TEXT = 20_000;

    /** The longest reason given for a proposed amendment, in characters. */
    public static final int MAX_REASON = 5_000;

    /** The reference of its receipt, to be checked against the audit log. */
    public String reference() {
        return id.toString();
    }
}
