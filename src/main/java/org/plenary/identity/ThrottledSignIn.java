package org.plenary.identity;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks a username and password, for the sign-in form and the API alike, under the {@link SignInThrottle}
 * and one {@link PasswordCheckGate} turn. It holds no database connection while it waits or hashes: the account
 * is read in a query of its own. The throttle is asked before queueing (an attacker who must wait is answered at
 * once) and again at its turn (so that a burst queued at once is slowed as soon as the first failures count).
 */
final class ThrottledSignIn implements AuthenticationManager {

    private final AuthenticationManager passwords;
    private final SignInThrottle throttle;
    private final PasswordCheckGate gate;

    ThrottledSignIn(AuthenticationManager passwords, SignInThrottle throttle, PasswordCheckGate gate) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.gate = gate;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress()
                : null;
        throttle.check(address, username);
        try (PasswordCheckGate.Turn turn = gate.enter()) {
            throttle.check(address, username);
            Authentication signedIn = passwords.authenticate(attempt);
            throttle.succeeded(address, username);
            return signedIn;
        } catch (BadCredentialsException wrong) {
            throttle.failed(address, username);
            throw wrong;
        }
    }
}
