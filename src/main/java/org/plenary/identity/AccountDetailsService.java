package org.plenary.identity;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads accounts for sign-in, each in a short query of its own. */
@Service
class AccountDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    AccountDetailsService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Account account = accounts.findByUsername(SignInThrottle.account(username))
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
        return new AccountDetails(account.actor(), account.passwordHash());
    }
}
