package org.plenary.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.plenary.support.OpenIdProvider;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Plenary (on its own database) configured with two providers: "corp", a real OpenID provider started for the
 * tests, and "down", whose issuer answers nothing, which must not keep Plenary from starting. People reach
 * Plenary at 127.0.0.1 and the provider at localhost, so that each keeps its own cookies.
 */
abstract class ProviderJourney extends BrowserJourney {

    static final String PROVIDER_NAME = "Test Organisation";
    static final OpenIdProvider PROVIDER = OpenIdProvider.start();
    private static final String DATA_DIR;

    static {
        try {
            DATA_DIR = Files.createTempDirectory("plenary-oidc-test-").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void providers(DynamicPropertyRegistry registry) {
        registry.add("plenary.db.data-dir", () -> DATA_DIR);
        registry.add("plenary.oidc.providers.corp.issuer-uri", PROVIDER::issuer);
        registry.add("plenary.oidc.providers.corp.client-id", () -> OpenIdProvider.CLIENT_ID);
        registry.add("plenary.oidc.providers.corp.client-secret", () -> OpenIdProvider.CLIENT_SECRET);
        registry.add("plenary.oidc.providers.corp.display-name", () -> PROVIDER_NAME);
        registry.add("plenary.oidc.providers.down.issuer-uri", () -> "http://127.0.0.1:9/down");
        registry.add("plenary.oidc.providers.down.client-id", () -> "plenary");
        registry.add("plenary.oidc.providers.down.display-name", () -> "Unreachable Organisation");
    }

    /** A page of Plenary, at the address that keeps its cookies apart from the provider's. */
    protected String plenary(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** Clicks the provider's button on Plenary's sign-in page and signs in at the provider if it asks. */
    protected void signInWithProvider(Page in, OpenIdProvider.Person person) {
        in.navigate(plenary("/login"));
        in.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in with " + PROVIDER_NAME)).click();
        in.waitForURL(url -> url.startsWith(PROVIDER.issuer()) || url.startsWith(plenary("")));
        if (in.url().startsWith(PROVIDER.issuer())) {
            assertThat(in.locator("#username")).isVisible();
            in.locator("#username").fill(person.username());
            in.locator("#password").fill(person.password());
            in.locator("button[type=submit]").click();
            in.waitForURL(url -> url.startsWith(plenary("")));
        }
    }
}
