package org.plenary.identity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.plenary.shared.Actor;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in principal, for both the web session and API tokens. */
final class AccountDetails implements UserDetails, CredentialsContainer, SignedInPrincipal {

    private final Actor actor;
    private volatile String language;
    private String passwordHash;

    AccountDetails(Actor actor, String passwordHash, String language) {
        this.actor = actor;
        this.passwordHash = passwordHash;
        this.language = language;
    }

    @Override
    public Actor actor() {
        return actor;
    }

    @Override
    public Optional<String> language() {
        return Optional.ofNullable(language);
    }

    @Override
    public void follow(String language) {
        this.language = language;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return actor.admin() ? List.of(new SimpleGrantedAuthority("ROLE_ADMIN"), new SimpleGrantedAuthority("ROLE_USER"))
                : List.of(new SimpleGrantedAuthority("ROLE_USER"));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return actor.username();
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
