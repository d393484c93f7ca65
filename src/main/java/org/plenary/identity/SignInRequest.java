package org.plenary.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * A person who signed in through a provider, matched no account by verified e-mail, and waits for an
 * administrator: {@code PENDING}, then {@code APPROVED} (linked to an account) or {@code REJECTED}.
 */
public record SignInRequest(UUID id, String provider, String issuer, String subject, String email,
        boolean emailVerified, String displayName, Instant requestedAt, Status status) {

    public enum Status {
        PENDING, APPROVED, REJECTED
    }

    /** The name to show: the display name the provider gave, else the e-mail, else the subject. */
    public String name() {
        return displayName != null && !displayName.isBlank() ? displayName : email != null ? email : subject;
    }
}
