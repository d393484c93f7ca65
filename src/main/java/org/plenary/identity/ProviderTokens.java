package org.plenary.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.authentication.JwtIssuerAuthenticationManagerResolver;
import org.springframework.stereotype.Component;

/**
 * API calls with a provider's access token (a JWT): the token is checked against the keys of the provider that
 * issued it (one of the configured ones; keys found through the provider's discovery at first use), must be
 * addressed to Plenary (its audience) and in date, and acts as the account linked to its (issuer, subject).
 */
@Component
class ProviderTokens {

    private final IdentityProviders providers;
    private final ProviderLinks links;
    private final AccountRepository accounts;
    private final AccountStanding standing;
    private final Map<String, AuthenticationManager> managers = new ConcurrentHashMap<>();
    private final Map<String, JwtDecoder> decoders = new ConcurrentHashMap<>();

    ProviderTokens(IdentityProviders providers, ProviderLinks links, AccountRepository accounts,
            AccountStanding standing) {
        this.standing = standing;
        this.providers = providers;
        this.links = links;
        this.accounts = accounts;
    }

    AuthenticationManagerResolver<HttpServletRequest> resolver() {
        return new JwtIssuerAuthenticationManagerResolver(this::managerFor);
    }

    /** The manager for tokens of this issuer; null (refused) for an issuer that is not configured. */
    private AuthenticationManager managerFor(String issuer) {
        return providers.ofIssuer(issuer).map(provider -> managers.computeIfAbsent(provider.getKey(), name -> {
            JwtAuthenticationProvider authentication = new JwtAuthenticationProvider(
                    token -> decoderOf(name, provider.getValue()).decode(token));
            authentication.setJwtAuthenticationConverter(this::account);
            return new ProviderManager(authentication);
        })).orElse(null);
    }

    private JwtDecoder decoderOf(String name, ProviderProperties.Provider provider) {
        JwtDecoder known = decoders.get(name);
        if (known != null) {
            return known;
        }
        ClientRegistration registration = providers.findByRegistrationId(name);
        if (registration == null) {
            throw new BadJwtException("The token's provider cannot be reached");
        }
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(registration.getProviderDetails().getJwkSetUri())
                .build();
        List<OAuth2TokenValidator<Jwt>> validators = List.of(
                new JwtIssuerValidator(registration.getProviderDetails().getIssuerUri()),
                new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                        audience -> audience != null && audience.contains(provider.audience())));
        decoder.setJwtValidator(JwtValidators.createDefaultWithValidators(validators));
        decoders.put(name, decoder);
        return decoder;
    }

    private UsernamePasswordAuthenticationToken account(Jwt jwt) {
        AccountDetails account = links.accountOf(jwt.getIssuer().toString(), jwt.getSubject())
                .filter(standing::active)
                .flatMap(accounts::findById)
                .map(a -> a.details(null))
                .orElseThrow(() -> new InvalidBearerTokenException(
                        "The token is valid but no Plenary account is linked to its subject"));
        return UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities());
    }
}
