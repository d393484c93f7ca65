package org.plenary.identity;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Turns the person a provider vouches for (its ID token checked, its user info read) into the Plenary account
 * linked to them; a person without one is refused with {@link #AWAITING_APPROVAL} or {@link #REJECTED}.
 */
@Component
class ProviderSignIn implements OAuth2UserService<OidcUserRequest, OidcUser> {

    static final String AWAITING_APPROVAL = "plenary_awaiting_approval";
    static final String REJECTED = "plenary_sign_in_rejected";

    private final OidcUserService provider = new OidcUserService();
    private final SignInWithProvider signIn;

    ProviderSignIn(SignInWithProvider signIn) {
        this.signIn = signIn;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = provider.loadUser(request);
        var outcome = signIn.execute(new SignInWithProvider.Person(request.getClientRegistration().getRegistrationId(),
                user.getIdToken().getIssuer().toString(), user.getSubject(), user.getEmail(),
                Boolean.TRUE.equals(user.getEmailVerified()), user.getFullName()));
        return switch (outcome) {
            case SignInWithProvider.SignedIn signedIn -> new ProviderAccount(signedIn.actor(), user);
            case SignInWithProvider.AwaitingApproval awaiting -> throw refusal(AWAITING_APPROVAL);
            case SignInWithProvider.Rejected rejected -> throw refusal(REJECTED);
        };
    }

    private static OAuth2AuthenticationException refusal(String code) {
        return new OAuth2AuthenticationException(new OAuth2Error(code), code);
    }
}
