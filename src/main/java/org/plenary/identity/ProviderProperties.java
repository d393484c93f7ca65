package org.plenary.identity;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The organisations' OpenID Connect providers people may sign in with, by name:
 * {@code plenary.oidc.providers.<name>.issuer-uri}, {@code client-id}, {@code client-secret} and
 * {@code display-name} (the text of the sign-in button); {@code audience} is what the provider's access tokens
 * must be addressed to when presented to the API (by default the client id); {@code processes}, the codes of the
 * processes whose sign-in offers the provider (by default every sign-in, for the whole instance).
 */
@ConfigurationProperties("plenary.oidc")
public record ProviderProperties(Map<String, Provider> providers) {

    public record Provider(String issuerUri, String clientId, String clientSecret, String displayName,
            String audience, List<String> processes) {

        public Provider {
            if (issuerUri == null || issuerUri.isBlank() || clientId == null || clientId.isBlank()) {
                throw new IllegalArgumentException("A provider needs an issuer-uri and a client-id");
            }
            issuerUri = issuerUri.strip();
            audience = audience == null || audience.isBlank() ? clientId : audience;
            processes = processes == null ? List.of()
                    : processes.stream().map(code -> code.strip().toUpperCase(Locale.ROOT)).toList();
        }

        /** Whether the sign-in for a process (null: the instance's own sign-in page) offers this provider. */
        boolean offeredFor(String processCode) {
            return processes.isEmpty()
                    || processCode != null && processes.contains(processCode.toUpperCase(Locale.ROOT));
        }

        /** The issuer as tokens name it, compared without a trailing slash. */
        boolean issues(String issuer) {
            return issuer != null && trimmed(issuer).equals(trimmed(issuerUri));
        }

        private static String trimmed(String uri) {
            return uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
        }
    }

    public ProviderProperties {
        providers = providers == null ? Map.of() : new TreeMap<>(providers);
    }
}
