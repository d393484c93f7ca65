package org.plenary.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plenary.support.Api;
import org.plenary.support.Fixtures;

/**
 * A procedure with three draft decisions: a delegate of a State Party objects to one of them from the procedure
 * page; the Presidency's live view shows that draft not adopted and the two others still open, without a reload.
 */
class SilenceDraftsBrowserTest extends BrowserJourney {

    @Test
    void aDelegateObjectsToOneDraftOfThreeAndThePresidencySeesOnlyThatOneBrokenLive() {
        Api admin = admin();
        String treaty = treatyCode();
        admin.post("/treaties", Map.of("code", treaty, "title", "Convention on Cluster Munitions"));
        String code = unique("DR");
        String process = admin.post("/processes", Map.of("code", code, "title", "Ninth Meeting of States Parties",
                "treaty", treaty, "timeZone", "Europe/Zurich", "languages", List.of("en", "fr"),
                "silenceMinimumPeriod", "PT72H")).json().get("id").asString();
        String peru = unique("Peru");
        String state = admin.post("/participants", Map.of("name", peru, "kind", "STATE")).json().get("id").asString();
        admin.put("/treaties/" + treaty + "/statuses/" + state, Map.of("status", "STATE_PARTY", "since", "2012-06-01"));
        String delegate = account("Delegate of Peru", state);
        String president = officer(process, "President", "PRESIDENCY");
        Api presidencyApi = admin.as(Fixtures.signIn(admin, president, president + "-password"));
        String path = "/processes/" + process + "/silence-procedures";
        String id = presidencyApi.post(path, Map.of("subject", "Article 4 extension requests",
                "deadline", Instant.now().plus(Duration.ofDays(4)).truncatedTo(ChronoUnit.SECONDS).toString(),
                "drafts", List.of(
                        Map.of("symbol", "CCM/MSP/2021/DEC.1", "title", "Request of Bosnia and Herzegovina",
                                "text", "The Meeting grants the request."),
                        Map.of("symbol", "CCM/MSP/2021/DEC.2", "title", "Request of Peru",
                                "text", "The Meeting grants the request."),
                        Map.of("symbol", "CCM/MSP/2021/DEC.3", "title", "Request of Bulgaria",
                                "text", "The Meeting grants the request.")))).json().get("id").asString();
        presidencyApi.post(path + "/" + id + "/circulate", null);

        Page presidency = anotherBrowser();
        signIn(presidency, president, president + "-password");
        presidency.navigate(url("/processes/" + code + "/silence-procedures/" + id));
        assertThat(presidency.locator("#drafts tr")).hasCount(3);
        assertThat(presidency.locator("#drafts")).not().containsText("Not adopted");

        signIn(delegate, delegate + "-password");
        page.navigate(presidency.url());
        page.getByLabel("CCM/MSP/2021/DEC.2 Request of Peru").check();
        page.getByLabel("Objection, with its reason").fill("The request needs a revised work plan.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Object").setExact(true)).click();
        assertThat(page.locator(".alert.error")).containsText("This breaks silence on these draft decisions");
        assertThat(page.locator("main")).containsText("CCM/MSP/2021/DEC.2");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Object and break silence")).click();
        assertThat(page.locator("[role=status]")).containsText("Receipt reference");

        assertThat(presidency.locator("#drafts tr").nth(1)).containsText("Not adopted (silence broken)");
        assertThat(presidency.locator("#drafts tr").nth(0)).containsText("Open");
        assertThat(presidency.locator("#drafts tr").nth(2)).containsText("Open");
        assertThat(presidency.locator("#procedure-status")).hasText("Open");
        assertThat(presidency.locator("#objections")).containsText(peru);
        assertThat(presidency.locator("#objections")).containsText("CCM/MSP/2021/DEC.2");
    }
}
