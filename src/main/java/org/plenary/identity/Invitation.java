package org.plenary.identity;

import java.time.Instant;
import java.util.UUID;

/** An invitation waiting to be accepted: who is invited, as a delegate of which participant, until when. */
public record Invitation(UUID id, String email, String displayName, UUID participant, String language,
        Instant createdAt, Instant expiresAt) {

    static Invitation of(OneTimeLinks.Link link) {
        return new Invitation(link.id(), link.email(), link.displayName(), link.participant(), link.language(),
                link.createdAt(), link.expiresAt());
    }
}
