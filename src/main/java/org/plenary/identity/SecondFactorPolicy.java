package org.plenary.identity;

import org.plenary.shared.Actor;
import org.plenary.shared.ForbiddenException;
import org.plenary.shared.NotAuthenticatedException;
import org.springframework.stereotype.Component;

/**
 * When an account needs a second factor: always once it has one; and, when the instance requires it
 * ({@code plenary.identity.require-second-factor-for-officers}), administrators and officers must set one up first.
 */
@Component
class SecondFactorPolicy {

    static final String CODE_NEEDED = "This account signs in with a second factor: send the current code of its "
            + "authenticator app (or one of its recovery codes) as \"code\"";

    private final AccountLifecycleProperties properties;
    private final SecondFactors secondFactors;
    private final OfficerDirectory officers;

    SecondFactorPolicy(AccountLifecycleProperties properties, SecondFactors secondFactors, OfficerDirectory officers) {
        this.properties = properties;
        this.secondFactors = secondFactors;
        this.officers = officers;
    }

    /** Whether the instance requires this person to set up a second factor (and they have none yet). */
    boolean enrolmentRequired(Actor actor) {
        return properties.requireSecondFactorForOfficers()
                && (actor.admin() || officers.isOfficer(new AccountId(actor.accountId())))
                && !secondFactors.enrolled(new AccountId(actor.accountId()));
    }

    /** For an API token: the code of an enrolled account must be given and right (401 otherwise). */
    void checkForToken(Actor actor, String code) {
        if (secondFactors.enrolled(new AccountId(actor.accountId()))) {
            if (code == null || code.isBlank()) {
                throw new NotAuthenticatedException(CODE_NEEDED);
            }
            if (!secondFactors.verify(new AccountId(actor.accountId()), code)) {
                throw new NotAuthenticatedException("The second-factor code is wrong, expired or used already");
            }
        } else if (enrolmentRequired(actor)) {
            throw new ForbiddenException("This instance requires administrators and officers to set up a second "
                    + "factor first: see 'My account' in the web interface");
        }
    }
}
