package org.plenary.identity;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistration.ClientSettings;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.stereotype.Component;

/**
 * The configured OpenID Connect providers as OAuth2 client registrations (authorisation code with PKCE). Each
 * is discovered from its issuer the first time it is needed, not at start, so that a provider that is down
 * does not stop Plenary from starting; a failed discovery is tried again at the next use.
 */
@Component
public class IdentityProviders implements ClientRegistrationRepository {

    /** A provider as the sign-in page offers it. */
    public record Choice(String id, String displayName) {
    }

    private static final Logger log = LoggerFactory.getLogger(IdentityProviders.class);

    private final Map<String, ProviderProperties.Provider> configured;
    private final Map<String, ClientRegistration> discovered = new ConcurrentHashMap<>();

    IdentityProviders(ProviderProperties properties) {
        this.configured = properties.providers();
    }

    /** The providers offered on the sign-in for a process (by its code), or the instance's (null). */
    public List<Choice> choices(String processCode) {
        return configured.entrySet().stream().filter(e -> e.getValue().offeredFor(processCode))
                .map(e -> new Choice(e.getKey(), displayName(e.getKey(), e.getValue()))).toList();
    }

    /** The registration of a provider, discovered now if needed; null if unknown or unreachable. */
    @Override
    public ClientRegistration findByRegistrationId(String id) {
        ProviderProperties.Provider provider = id == null ? null : configured.get(id);
        if (provider == null) {
            return null;
        }
        ClientRegistration known = discovered.get(id);
        if (known != null) {
            return known;
        }
        try {
            ClientRegistration registration = ClientRegistrations.fromIssuerLocation(provider.issuerUri())
                    .registrationId(id)
                    .clientId(provider.clientId())
                    .clientSecret(provider.clientSecret())
                    .clientName(displayName(id, provider))
                    .scope("openid", "profile", "email")
                    .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                    .clientSettings(ClientSettings.builder().requireProofKey(true).build())
                    .build();
            discovered.put(id, registration);
            return registration;
        } catch (RuntimeException e) {
            log.warn("The identity provider '{}' ({}) cannot be reached: {}", id, provider.issuerUri(), e.getMessage());
            return null;
        }
    }

    private static String displayName(String id, ProviderProperties.Provider provider) {
        return provider.displayName() == null || provider.displayName().isBlank() ? id : provider.displayName();
    }

    /** The name and settings of the provider whose tokens name this issuer. */
    Optional<Map.Entry<String, ProviderProperties.Provider>> ofIssuer(String issuer) {
        return configured.entrySet().stream().filter(e -> e.getValue().issues(issuer)).findFirst();
    }
}
