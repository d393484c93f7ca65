package org.plenary.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.plenary.shared.Actor;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * When the instance requires it ({@code plenary.identity.require-second-factor-for-officers}), administrators and
 * officers set up a second factor before anything else: their pages lead to the enrolment page. Once satisfied, the
 * session is not asked again.
 */
final class SecondFactorRequirement extends OncePerRequestFilter {

    static final String ENROL_PATH = "/account/second-factor";
    private static final String SATISFIED = "plenary.secondFactorSatisfied";
    private static final List<String> ALWAYS_OPEN = List.of(ENROL_PATH, "/logout", "/css/", "/js/", "/img/",
            "/webjars/", "/favicon.ico", "/error", "/language", "/login");

    private final SecondFactorPolicy policy;

    SecondFactorRequirement(SecondFactorPolicy policy) {
        this.policy = policy;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Actor actor = Actor.current().orElse(null);
        String path = request.getRequestURI();
        if (actor != null && request.getSession(false) != null
                && request.getSession(false).getAttribute(SATISFIED) == null
                && ALWAYS_OPEN.stream().noneMatch(path::startsWith)) {
            if (policy.enrolmentRequired(actor)) {
                response.sendRedirect(ENROL_PATH);
                return;
            }
            request.getSession(false).setAttribute(SATISFIED, Boolean.TRUE);
        }
        chain.doFilter(request, response);
    }
}
