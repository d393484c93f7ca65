package org.plenary.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** Providers are configured from environment variables, as the README says. */
class ProviderPropertiesTest {

    @Test
    void bindsProvidersFromEnvironmentVariables() {
        ProviderProperties properties = bind(Map.of(
                "PLENARY_OIDC_PROVIDERS_UNOG_ISSUERURI", "https://login.example.org/realms/unog/",
                "PLENARY_OIDC_PROVIDERS_UNOG_CLIENTID", "plenary",
                "PLENARY_OIDC_PROVIDERS_UNOG_CLIENTSECRET", "s3cret",
                "PLENARY_OIDC_PROVIDERS_UNOG_DISPLAYNAME", "United Nations Geneva",
                "PLENARY_OIDC_PROVIDERS_CCM_ISSUERURI", "https://login.example.org/realms/ccm",
                "PLENARY_OIDC_PROVIDERS_CCM_CLIENTID", "plenary-ccm",
                "PLENARY_OIDC_PROVIDERS_CCM_PROCESSES", "ccm-2rc, ccm-3rc"));

        ProviderProperties.Provider unog = properties.providers().get("unog");
        assertThat(unog.clientId()).isEqualTo("plenary");
        assertThat(unog.clientSecret()).isEqualTo("s3cret");
        assertThat(unog.displayName()).isEqualTo("United Nations Geneva");
        assertThat(unog.audience()).as("by default the client id").isEqualTo("plenary");
        assertThat(unog.issues("https://login.example.org/realms/unog")).isTrue();
        assertThat(unog.issues("https://login.example.org/realms/other")).isFalse();
        assertThat(unog.offeredFor(null)).as("for the whole instance").isTrue();

        ProviderProperties.Provider ccm = properties.providers().get("ccm");
        assertThat(ccm.processes()).containsExactly("CCM-2RC", "CCM-3RC");
        assertThat(ccm.offeredFor("ccm-3rc")).isTrue();
        assertThat(ccm.offeredFor("ATT-9")).isFalse();
        assertThat(ccm.offeredFor(null)).isFalse();
    }

    @Test
    void refusesAProviderWithoutIssuer() {
        assertThatThrownBy(() -> bind(Map.of("PLENARY_OIDC_PROVIDERS_UNOG_CLIENTID", "plenary")))
                .isInstanceOf(BindException.class);
    }

    private static ProviderProperties bind(Map<String, Object> variables) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
        return new Binder(ConfigurationPropertySources.get(environment))
                .bind("plenary.oidc", ProviderProperties.class).get();
    }
}
