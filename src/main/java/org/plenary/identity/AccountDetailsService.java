package org.plenary.identity;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Loads accounts for sign-in, each in a short query of its own; a deactivated account is reported as unknown (the
 * same answer as a wrong password).
 */
@Service
class AccountDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final AccountStanding standing;

    AccountDetailsService(AccountRepository accounts, AccountStanding standing) {
        this.accounts = accounts;
        this.standing = standing;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Account account = accounts.findByUsername(SignInThrottle.account(username))
                .filter(a -> standing.active(a.id().value()))
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
        return account.details(account.passwordHash());
    }
}
