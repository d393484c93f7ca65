package org.plenary.demo;

import java.util.List;
import org.plenary.shared.Actor;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The application acting on its own behalf as an administrator, with no account behind it, so that the
 * operations check it and the audit log names it like any signed-in user.
 */
record SystemActor(Actor actor) implements Actor.Principal {

    /** Runs {@code work} on this thread as the administrator {@code username}. */
    static void runAs(String username, Runnable work) {
        runAs(new Actor(null, username, "Plenary (" + username + ")", null, true), work);
    }

    /** Runs {@code work} on this thread as {@code actor} (an officer, say), then restores who was acting. */
    static void runAs(Actor actor, Runnable work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(new SystemActor(actor), null,
                List.of(new SimpleGrantedAuthority(actor.admin() ? "ROLE_ADMIN" : "ROLE_USER"))));
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
