package org.plenary.identity;

import java.time.Clock;
import java.util.Locale;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Loads accounts for sign-in; an account locked after failed sign-ins is reported as locked, a deactivated one as
 * unknown (the same answer as a wrong password).
 */
@Service
class AccountDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final Clock clock;
    private final AccountStanding standing;

    AccountDetailsService(AccountRepository accounts, Clock clock, AccountStanding standing) {
        this.accounts = accounts;
        this.clock = clock;
        this.standing = standing;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        String normalised = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        Account account = accounts.findByUsername(normalised)
                .filter(a -> standing.active(a.id().value()))
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
        return new AccountDetails(account.actor(), account.passwordHash(), account.lockedAt(clock.instant()));
    }
}
