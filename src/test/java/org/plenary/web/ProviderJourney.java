package org.plenary.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.plenary.PlenaryTest;
import org.plenary.support.OpenIdProvider;

/**
 * Journeys through the real OpenID provider that the tests' Plenary names "corp" (see {@link PlenaryTest}).
 * People reach Plenary at 127.0.0.1 and the provider at localhost, so that each keeps its own cookies.
 */
abstract class ProviderJourney extends BrowserJourney {

    static final String PROVIDER_NAME = OpenIdProvider.DISPLAY_NAME;
    static final OpenIdProvider PROVIDER = OPENID_PROVIDER;

    /** A page of Plenary, at the address that keeps its cookies apart from the provider's. */
    protected String plenary(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** Clicks the provider's button on Plenary's sign-in page and signs in at the provider if it asks. */
    protected void signInWithProvider(Page in, OpenIdProvider.Person person) {
        in.navigate(plenary("/login"));
        in.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in with " + PROVIDER_NAME)).click();
        in.waitForURL(url -> url.startsWith(PROVIDER.issuer()) || backAtPlenary(url));
        if (in.url().startsWith(PROVIDER.issuer())) {
            assertThat(in.locator("#username")).isVisible();
            in.locator("#username").fill(person.username());
            in.locator("#password").fill(person.password());
            in.locator("button[type=submit]").click();
            in.waitForURL(this::backAtPlenary);
        }
    }

    /** At a page of Plenary other than the sign-in page the journey started from. */
    private boolean backAtPlenary(String url) {
        return url.startsWith(plenary("/")) && !url.equals(plenary("/login"));
    }
}
