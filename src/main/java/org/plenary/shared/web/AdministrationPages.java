package org.plenary.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.plenary.shared.Actor;
import org.plenary.shared.ForbiddenException;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * The pages under {@code /admin} are for administrators: anyone else gets the 403 page before the
 * controller runs. The operations behind them check their own policies as well.
 */
final class AdministrationPages implements HandlerInterceptor {

    static final String PATHS = "/admin/**";

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!Actor.current().map(Actor::admin).orElse(false)) {
            throw new ForbiddenException("Only administrators may use the administration pages");
        }
        return true;
    }
}
