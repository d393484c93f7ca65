package org.plenary.shared.web;

import java.util.Optional;
import org.plenary.shared.Actor;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * What every page template needs besides its own content: texts, the CSRF token of its forms, who is
 * signed in, and the path, to mark the current navigation entry and build language links.
 */
public record Page(Texts t, CsrfToken csrf, Optional<Actor> actor, String path) {

    public boolean signedIn() {
        return actor.isPresent();
    }

    public boolean admin() {
        return actor.map(Actor::admin).orElse(false);
    }
}
