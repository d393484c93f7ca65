package org.plenary.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** Signing in with a wrong password, pages that need signing in, and administration pages for others. */
class SignInBrowserTest extends BrowserJourney {

    @Test
    void wrongPasswordShowsTheErrorAndKeepsTheVisitorOnTheSignInPage() {
        String officer = account("Secretariat officer", null);
        signIn(officer, "not-the-password");
        assertThat(page).hasURL(Pattern.compile("/login\\?error"));
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("The username or password is wrong");
        assertThat(page.locator("nav")).hasCount(0);

        signIn(officer, officer + "-password");
        assertThat(page.locator("h1")).hasText("Welcome, Secretariat officer");
    }

    @Test
    void signInIsRequiredAndTheAdministrationPagesAreForAdministratorsOnly() {
        page.navigate(url("/roster"));
        assertThat(page).hasURL(url("/login"));

        String officer = account("Presidency officer", null);
        signIn(officer, officer + "-password");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Accounts"))).hasCount(0);
        for (String path : new String[] {"/admin/accounts", "/admin/processes"}) {
            var response = page.navigate(url(path));
            Assertions.assertThat(response.status()).isEqualTo(403);
            assertThat(page.locator("h1")).hasText("Access denied");
        }
        var missing = page.navigate(url("/processes/" + unique("NO-SUCH")));
        Assertions.assertThat(missing.status()).isEqualTo(404);
        assertThat(page.locator("h1")).hasText("Page not found");
        assertThat(page.locator("body")).not().containsText("Exception");
    }
}
