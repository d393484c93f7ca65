package org.plenary.identity;

import org.plenary.shared.Actor;

/**
 * A principal of a web session (signed in with a password or through the organisation's provider), whose language
 * follows the account's: the session learns of a change at its next request ({@link WebSessionFilter}), so that a
 * person who chooses another language in one session reads it in all of them.
 */
interface SignedInPrincipal extends Actor.Principal {

    /** The account's language as it now is, read again at each request of the session. */
    void follow(String language);
}
