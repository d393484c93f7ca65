package org.plenary.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.util.Locale;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.plenary.support.OpenIdProvider;

/**
 * Signing in through the organisation's OpenID provider in a real browser (authorisation code with PKCE): a
 * person whose verified e-mail is an account's is linked to it at once; anybody else waits until an
 * administrator links them to an account, creates one for them, or rejects them.
 */
class ProviderSignInBrowserTest extends ProviderJourney {

    @Test
    void aVerifiedEmailOfAnAccountSignsInAsThatAccountAndIsRemembered() {
        String username = account("Corp Officer", null);
        OpenIdProvider.Person person = PROVIDER.addPerson((username + "@EXAMPLE.org").toUpperCase(Locale.ROOT), true,
                "Officer at Corp");

        signInWithProvider(page, person);

        assertThat(page).hasURL(plenary("/"));
        assertThat(page.locator("h1")).hasText("Welcome, Corp Officer");
        Assertions.assertThat(count("select count(*) from provider_link l join account a on a.id = l.account "
                + "where a.username = ? and l.issuer = ?", username, PROVIDER.issuer())).isEqualTo(1);
        Assertions.assertThat(count("select count(*) from audit_entry where action = 'identity.provider.linked' "
                + "and object_id = (select id::text from account where username = ?)", username)).isEqualTo(1);

        page.locator("form.signout button").click();
        assertThat(page).hasURL(plenary("/login?signedOut"));
        signInWithProvider(page, person);
        assertThat(page.locator("h1")).hasText("Welcome, Corp Officer");
    }

    @Test
    void anUnverifiedEmailWaitsUntilAnAdministratorLinksAnAccount() {
        String username = account("Delegate Without Verification", null);
        OpenIdProvider.Person person = PROVIDER.addPerson(username + "@example.org", false, "Unverified Person");

        signInWithProvider(page, person);

        assertThat(page).hasURL(plenary("/login/awaiting-approval"));
        assertThat(page.locator("h1")).hasText("Awaiting approval");
        assertThat(page.locator("nav")).hasCount(0);
        Assertions.assertThat(count("select count(*) from provider_link where issuer = ? and account = "
                + "(select id from account where username = ?)", PROVIDER.issuer(), username)).isZero();

        Locator request = pendingRequest("Unverified Person");
        request.getByLabel("Existing account").selectOption(new SelectOption().setLabel(username
                + " · Delegate Without Verification"));
        request.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Link to this account")).click();
        assertThat(adminPage.getByRole(AriaRole.STATUS)).containsText("the person now signs in as " + username);

        signInWithProvider(page, person);
        assertThat(page.locator("h1")).hasText("Welcome, Delegate Without Verification");
    }

    @Test
    void anUnknownPersonGetsANewAccountFromTheAdministrator() {
        OpenIdProvider.Person person = PROVIDER.addPerson(unique("newcomer") + "@corp.example", true, "New Comer");

        signInWithProvider(page, person);
        assertThat(page.locator("h1")).hasText("Awaiting approval");

        String username = unique("newcomer").toLowerCase(Locale.ROOT);
        Locator request = pendingRequest("New Comer");
        long accounts = count("select count(*) from account");
        request.getByLabel("Name of the new account").fill("admin");
        request.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Create an account")).click();
        assertThat(adminPage.locator("#sign-in-request-error")).containsText("The username 'admin' is taken");
        Assertions.assertThat(count("select count(*) from account")).isEqualTo(accounts);
        Assertions.assertThat(count("select count(*) from provider_sign_in_request where display_name = 'New Comer' "
                + "and status = 'PENDING'")).isEqualTo(1);
        request = adminPage.getByRole(AriaRole.ARTICLE, new Page.GetByRoleOptions().setName("New Comer"));
        request.getByLabel("Name of the new account").fill(username);
        request.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Create an account")).click();
        assertThat(adminPage.getByRole(AriaRole.STATUS)).containsText("the person now signs in as " + username);
        Assertions.assertThat(count("select count(*) from audit_entry where action = 'identity.provider.sign-in-approved' "
                + "and after::text like ?", "%" + username + "%")).isEqualTo(1);

        signInWithProvider(page, person);
        assertThat(page.locator("h1")).hasText("Welcome, New Comer");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Accounts"))).hasCount(0);
    }

    @Test
    void aRejectedPersonIsToldSoAndStaysOut() {
        OpenIdProvider.Person person = PROVIDER.addPerson(unique("stranger") + "@corp.example", true, "Some Stranger");
        signInWithProvider(page, person);
        assertThat(page.locator("h1")).hasText("Awaiting approval");

        pendingRequest("Some Stranger").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Reject"))
                .click();
        assertThat(adminPage.getByRole(AriaRole.STATUS)).containsText("Access rejected.");
        Assertions.assertThat(count("select count(*) from audit_entry where action in "
                + "('identity.provider.sign-in-requested', 'identity.provider.sign-in-rejected') and object_id = "
                + "(select id::text from provider_sign_in_request where display_name = 'Some Stranger')")).isEqualTo(2);

        signInWithProvider(page, person);
        assertThat(page).hasURL(plenary("/login/awaiting-approval?rejected"));
        assertThat(page.locator("h1")).hasText("Access not approved");
        page.navigate(plenary("/roster"));
        assertThat(page).hasURL(plenary("/login"));
    }

    @Test
    void aProviderThatCannotBeReachedIsReportedOnTheSignInPage() {
        page.navigate(plenary("/login"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in with Unreachable Organisation"))
                .click();
        assertThat(page).hasURL(plenary("/login?providerUnavailable"));
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("cannot be reached");
        var direct = page.navigate(plenary("/oauth2/authorization/down"));
        Assertions.assertThat(direct.status()).isLessThan(500);
    }

    @Test
    void aProviderOfAProcessIsOfferedOnlyWhenSigningInForThatProcess() {
        page.navigate(plenary("/login"));
        assertThat(providerButton("Test Organisation")).isVisible();
        assertThat(providerButton("Conference Organisation")).hasCount(0);

        page.navigate(plenary("/login?process=oidc-only"));
        assertThat(providerButton("Conference Organisation")).isVisible();

        page.navigate(plenary("/processes/OIDC-ONLY/participants"));
        assertThat(page).hasURL(plenary("/login"));
        assertThat(providerButton("Conference Organisation")).isVisible();
        assertThat(providerButton("Test Organisation")).isVisible();
    }

    private Locator providerButton(String provider) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in with " + provider));
    }

    private Page adminPage;

    /** The pending request of this person on the accounts page, as an administrator sees it. */
    private Locator pendingRequest(String name) {
        adminPage = anotherBrowser();
        signIn(adminPage, "admin", ADMIN_PASSWORD);
        adminPage.navigate(url("/admin/accounts"));
        Locator request = adminPage.getByRole(AriaRole.ARTICLE, new Page.GetByRoleOptions().setName(name));
        assertThat(request).isVisible();
        return request;
    }
}
