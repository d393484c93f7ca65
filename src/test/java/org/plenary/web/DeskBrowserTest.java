package org.plenary.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plenary.support.Api;

/**
 * A delegate signs in and lands on the desk, which shows the open silence procedure with the time left and that
 * the delegation has not answered; after a comment, the desk says how it answered. The Presidency's desk counts
 * the answers.
 */
class DeskBrowserTest extends BrowserJourney {

    @Test
    void aDelegateLandsOnTheDeskAndSeesWhatItAnswered() {
        Api admin = admin();
        String treaty = treatyCode();
        admin.post("/treaties", Map.of("code", treaty, "title", "Convention on Cluster Munitions"));
        String code = unique("DESK");
        String process = admin.post("/processes", Map.of("code", code, "title", "Second Review Conference",
                "treaty", treaty, "timeZone", "Europe/Zurich", "languages", List.of("en", "fr", "es"),
                "silenceMinimumPeriod", "PT72H")).json().get("id").asString();
        String state = admin.post("/participants", Map.of("name", unique("Ghana"), "kind", "STATE"))
                .json().get("id").asString();
        admin.put("/treaties/" + treaty + "/statuses/" + state, Map.of("status", "STATE_PARTY", "since", "2011-02-03"));
        String delegate = account("Delegate of Ghana", state);
        String president = officer(process, "President", "PRESIDENCY");
        Api presidency = api().as(tokenFor(president, president + "-password"));
        String subject = unique("Extension requests under Article 4");
        String procedure = presidency.post("/processes/" + process + "/silence-procedures", Map.of(
                "subject", subject, "proposal", "The requests are granted.",
                "deadline", Instant.now().plus(4, ChronoUnit.DAYS).plus(5, ChronoUnit.HOURS)
                        .truncatedTo(ChronoUnit.SECONDS).toString())).json().get("id").asString();
        presidency.post("/processes/" + process + "/silence-procedures/" + procedure + "/circulate", null);

        signIn(delegate, delegate + "-password");
        assertThat(page).hasURL(url("/desk"));
        var item = page.locator(".desk-item", new Page.LocatorOptions().setHasText(subject));
        assertThat(item).containsText("Silence procedure SP.1");
        assertThat(item.locator(".state")).hasText("Not answered");
        assertThat(item.locator(".left")).hasText("Ends in 4 days 4 hours");
        assertThat(item.locator("time")).containsText("Geneva time");
        assertAccessible(page);

        item.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions()
                .setName(subject)).click();
        page.getByLabel("Comment or explanation of position").fill("Ghana supports the extension requests.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the comment")).click();
        assertThat(page.locator("[role=status]")).containsText("Receipt reference");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My desk")).click();
        assertThat(page.locator(".desk-item", new Page.LocatorOptions().setHasText(subject))
                .locator(".state")).hasText("Answered: comment");

        Page officer = anotherBrowser();
        signIn(officer, president, president + "-password");
        assertThat(officer).hasURL(url("/desk"));
        assertThat(officer.locator(".desk-item", new Page.LocatorOptions().setHasText("Extension requests")))
                .containsText("One State has answered (of the one State Party that may object)");
        assertAccessible(officer);
    }
}
