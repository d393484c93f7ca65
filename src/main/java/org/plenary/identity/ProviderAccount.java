package org.plenary.identity;

import java.util.Optional;
import org.plenary.shared.Actor;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** A person signed in through their provider, acting as the Plenary account linked to them, with its roles. */
final class ProviderAccount extends DefaultOidcUser implements SignedInPrincipal {

    private final Actor actor;
    private volatile String language;

    ProviderAccount(Actor actor, OidcUser user) {
        super(new AccountDetails(actor, null, null).getAuthorities(), user.getIdToken(), user.getUserInfo());
        this.actor = actor;
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

    /** The Plenary username, as for a password sign-in. */
    @Override
    public String getName() {
        return actor.username();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProviderAccount that && super.equals(that) && actor.equals(that.actor);
    }

    @Override
    public int hashCode() {
        return 31 * super.hashCode() + actor.hashCode();
    }
}
