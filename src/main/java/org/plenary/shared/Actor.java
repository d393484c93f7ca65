package org.plenary.shared;

import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is acting: the signed-in account, seen by every module without depending on identity.
 * {@code participantId} is set for delegates (their State or organisation).
 */
public record Actor(UUID accountId, String username, String displayName, UUID participantId, boolean admin) {

    /** Implemented by the principal that identity puts into the security context. */
    public interface Principal {
        Actor actor();

        /** The language the person reads (ar, zh, en, fr, ru or es), if their account names one. */
        default Optional<String> language() {
            return Optional.empty();
        }
    }

    public static Optional<Actor> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Principal principal) {
            return Optional.of(principal.actor());
        }
        return Optional.empty();
    }

    /** The language the signed-in person reads, if their account names one. */
    public static Optional<String> language() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof Principal principal
                ? principal.language() : Optional.empty();
    }

    /** The signed-in actor; the security filters guarantee one on every non-public endpoint. */
    public static Actor require() {
        return current().orElseThrow(() -> new NotAuthenticatedException("You must be signed in"));
    }

    public boolean delegate() {
        return participantId != null;
    }
}
