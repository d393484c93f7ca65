package org.plenary.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.plenary.identity.TotpCodes;
import org.plenary.support.Mailbox;
import org.plenary.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An administrator invites a person; the person opens the link from the e-mail, chooses a username and a password,
 * sets up a second factor with an authenticator app, and signs in again with a code.
 */
class InvitationBrowserTest extends BrowserJourney {

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anInvitedPersonJoinsAndSignsInWithASecondFactor() {
        clock.setTo(Instant.now().truncatedTo(ChronoUnit.MINUTES));
        String email = unique("rosa") + "@mission.example";
        signIn("admin", ADMIN_PASSWORD);
        page.navigate(url("/admin/accounts"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Invitations")).click();
        page.getByLabel("E-mail", new Page.GetByLabelOptions().setExact(true)).fill(email);
        page.getByLabel("Display name", new Page.GetByLabelOptions().setExact(true)).fill("Rosa Martínez");
        page.getByLabel("Language of the e-mail").selectOption("en");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the invitation")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("An invitation has been sent to " + email);
        assertThat(page.locator("table")).containsText(email);

        String link = new Mailbox(MAIL, email).linkIn(1, "/invitations/");
        Page invited = anotherBrowser();
        invited.navigate(url(link));
        assertThat(invited.locator("h1")).hasText("Welcome to Plenary");
        String username = unique("rosa").toLowerCase();
        invited.getByLabel("Username", new Page.GetByLabelOptions().setExact(true)).fill(username);
        invited.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("rosa's own password");
        invited.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create my account")).click();
        assertThat(invited).hasURL(Pattern.compile("/login$"));
        assertThat(invited.getByRole(AriaRole.STATUS)).containsText("Your account " + username + " has been created");

        signIn(invited, username, "rosa's own password");
        invited.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My account")).click();
        invited.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Set up a second factor")).click();
        assertThat(invited.locator("#otpauth-uri")).hasAttribute("href", Pattern.compile("^otpauth://totp/Plenary:"));
        String secret = invited.locator("#totp-secret").textContent().strip();
        invited.getByLabel("Code from the app").fill(TotpCodes.at(secret, clock.instant()));
        invited.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm")).click();
        assertThat(invited.locator("h1")).hasText("Your recovery codes");
        assertThat(invited.locator("#recovery-codes li")).hasCount(10);

        clock.advance(Duration.ofSeconds(30));
        Page later = anotherBrowser();
        signIn(later, username, "rosa's own password");
        assertThat(later.locator("h1")).hasText("Second factor");
        later.getByLabel("Code", new Page.GetByLabelOptions().setExact(true)).fill(TotpCodes.at(secret, clock.instant()));
        later.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verify")).click();
        assertThat(later.locator("h1")).hasText("Welcome, Rosa Martínez");
    }
}
