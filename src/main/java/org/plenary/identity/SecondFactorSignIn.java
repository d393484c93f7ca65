package org.plenary.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.plenary.shared.Actor;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Web sign-in in two steps for an account with a second factor: after the password, the session holds only "password
 * checked for this account" (for five minutes and five tries) and the person is not signed in until they give a code
 * of their app or a recovery code. Accounts without a second factor are signed in by the password alone.
 */
@Component
public class SecondFactorSignIn implements AuthenticationSuccessHandler {

    public enum Outcome { SIGNED_IN, WRONG_CODE, START_AGAIN }

    static final String PENDING = "plenary.secondFactorPending";
    static final String CODE_PATH = "/login/second-factor";
    private static final Duration PENDING_FOR = Duration.ofMinutes(5);
    private static final int TRIES = 5;

    /** The password step done: for whom, when, and how many codes were tried since. */
    record Pending(UUID account, String username, Instant at, int tries) implements Serializable {
    }

    private final SecondFactors secondFactors;
    private final AccountDetailsService accounts;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final Clock clock;

    SecondFactorSignIn(SecondFactors secondFactors, AccountDetailsService accounts, Clock clock) {
        this.secondFactors = secondFactors;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException {
        Actor actor = ((Actor.Principal) authentication.getPrincipal()).actor();
        if (!secondFactors.enrolled(new AccountId(actor.accountId()))) {
            response.sendRedirect("/");
            return;
        }
        SecurityContextHolder.clearContext();
        contexts.saveContext(SecurityContextHolder.createEmptyContext(), request, response);
        request.getSession().setAttribute(PENDING, new Pending(actor.accountId(), actor.username(), clock.instant(), 0));
        response.sendRedirect(CODE_PATH);
    }

    /** Whether a password step waits for its code in this session. */
    public boolean waiting(HttpServletRequest request) {
        return pending(request.getSession(false)) != null;
    }

    /** Completes the sign-in with a code of the app or a recovery code. */
    public Outcome complete(HttpServletRequest request, HttpServletResponse response, String code) {
        HttpSession session = request.getSession(false);
        Pending pending = pending(session);
        if (pending == null) {
            return Outcome.START_AGAIN;
        }
        if (!secondFactors.verify(new AccountId(pending.account()), code)) {
            if (pending.tries() + 1 >= TRIES) {
                session.removeAttribute(PENDING);
                return Outcome.START_AGAIN;
            }
            session.setAttribute(PENDING, new Pending(pending.account(), pending.username(), pending.at(),
                    pending.tries() + 1));
            return Outcome.WRONG_CODE;
        }
        session.removeAttribute(PENDING);
        AccountDetails details;
        try {
            details = (AccountDetails) accounts.loadUserByUsername(pending.username());
        } catch (UsernameNotFoundException deactivatedMeanwhile) {
            return Outcome.START_AGAIN;
        }
        details.eraseCredentials();
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(details, null,
                details.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        return Outcome.SIGNED_IN;
    }

    private Pending pending(HttpSession session) {
        if (session == null || !(session.getAttribute(PENDING) instanceof Pending pending)) {
            return null;
        }
        return pending.at().plus(PENDING_FOR).isAfter(clock.instant()) ? pending : null;
    }
}
