package org.plenary.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.plenary.shared.Actor;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ties each signed-in web session to its row in {@link WebSessions}: the first page after sign-in opens the row,
 * every later one checks it, and a session whose row has ended (revoked by its owner, or its account deactivated or
 * its password reset) is invalidated at once: the request goes on as anonymous, so a protected page asks to sign in.
 * A session that goes on follows its account's language, which the person may have changed in another session.
 */
final class WebSessionFilter extends OncePerRequestFilter {

    static final String ATTRIBUTE = "plenary.webSession";

    private final WebSessions sessions;
    private final Clock clock;

    WebSessionFilter(WebSessions sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Actor actor = session == null ? null : Actor.current().orElse(null);
        if (actor != null) {
            if (session.getAttribute(ATTRIBUTE) instanceof UUID id) {
                Optional<String> language = sessions.languageWhileValid(id, clock.instant());
                if (language.isEmpty()) {
                    session.invalidate();
                    SecurityContextHolder.clearContext();
                } else if (SecurityContextHolder.getContext().getAuthentication().getPrincipal()
                        instanceof SignedInPrincipal principal) {
                    principal.follow(language.get());
                }
            } else {
                session.setAttribute(ATTRIBUTE,
                        sessions.open(actor.accountId(), request.getHeader(HttpHeaders.USER_AGENT), clock.instant()));
            }
        }
        chain.doFilter(request, response);
    }
}
