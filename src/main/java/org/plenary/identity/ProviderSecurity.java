package org.plenary.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.client.OAuth2LoginConfigurer;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.resource.OAuth2ResourceServerConfigurer;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.stereotype.Component;

/**
 * Sign-in through the configured OpenID Connect providers on the web (authorisation code with PKCE), and their
 * JWT access tokens on the API beside Plenary's own {@code pln_} tokens, which {@link BearerTokenFilter} keeps.
 */
@Component
class ProviderSecurity {

    static final String AUTHORIZATION_BASE = "/oauth2/authorization";
    private static final Logger log = LoggerFactory.getLogger(ProviderSecurity.class);

    private final IdentityProviders providers;
    private final ProviderSignIn signIn;
    private final ProviderTokens tokens;

    ProviderSecurity(IdentityProviders providers, ProviderSignIn signIn, ProviderTokens tokens) {
        this.providers = providers;
        this.signIn = signIn;
        this.tokens = tokens;
    }

    /**
     * The web's authentication manager: completes sign-ins through the providers, and leaves passwords to
     * {@code passwords} (a filter chain given its own manager does not use the providers a configurer adds).
     */
    AuthenticationManager signInManager(AuthenticationManager passwords) {
        var code = new OidcAuthorizationCodeAuthenticationProvider(new RestClientAuthorizationCodeTokenResponseClient(),
                signIn);
        return new ProviderManager(List.of(code), passwords);
    }

    Customizer<OAuth2LoginConfigurer<HttpSecurity>> login() {
        return login -> login.loginPage("/login")
                .clientRegistrationRepository(providers)
                .authorizationEndpoint(a -> a.baseUri(AUTHORIZATION_BASE).authorizationRequestResolver(requests()))
                .userInfoEndpoint(u -> u.oidcUserService(signIn))
                .defaultSuccessUrl("/", true)
                .failureHandler((request, response, e) -> response.sendRedirect(request.getContextPath() + failureUrl(e)));
    }

    Customizer<OAuth2ResourceServerConfigurer<HttpSecurity>> resourceServer(AuthenticationEntryPoint unauthorized) {
        DefaultBearerTokenResolver bearer = new DefaultBearerTokenResolver();
        return server -> server
                .bearerTokenResolver(request -> {
                    String token = bearer.resolve(request);
                    return token == null || token.startsWith(TokenService.PREFIX) ? null : token;
                })
                .authenticationManagerResolver(tokens.resolver())
                .authenticationEntryPoint(unauthorized);
    }

    private static String failureUrl(Exception e) {
        String code = e instanceof OAuth2AuthenticationException refusal ? refusal.getError().getErrorCode() : "";
        return switch (code) {
            case ProviderSignIn.AWAITING_APPROVAL -> "/login/awaiting-approval";
            case ProviderSignIn.REJECTED -> "/login/awaiting-approval?rejected";
            default -> {
                log.warn("A sign-in through an identity provider failed: {}", e.getMessage());
                yield "/login?providerFailed";
            }
        };
    }

    /** Authorisation requests for the providers; none (the request goes on) for one unknown or unreachable. */
    private OAuth2AuthorizationRequestResolver requests() {
        var resolver = new DefaultOAuth2AuthorizationRequestResolver(providers, AUTHORIZATION_BASE);
        return new OAuth2AuthorizationRequestResolver() {
            @Override
            public OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
                try {
                    return resolver.resolve(request);
                } catch (IllegalArgumentException unknown) {
                    return null;
                }
            }

            @Override
            public OAuth2AuthorizationRequest resolve(HttpServletRequest request, String registrationId) {
                try {
                    return resolver.resolve(request, registrationId);
                } catch (IllegalArgumentException unknown) {
                    return null;
                }
            }
        };
    }
}
