package org.plenary.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plenary.support.Api;
import org.plenary.support.Fixtures;

/**
 * The Presidency drafts a procedure with several draft decisions from the page: adds and removes drafts (each new
 * one proposed the next symbol of the process's pattern), is refused a symbol off the pattern without losing
 * anything typed, and finds the drafts on the procedure's page.
 */
class SilenceDraftFormBrowserTest extends BrowserJourney {

    @Test
    void thePresidencyDraftsSeveralDecisionsFromThePageWithoutLosingWhatItTyped() {
        Api admin = admin();
        String treaty = treatyCode();
        admin.post("/treaties", Map.of("code", treaty, "title", "Convention on Cluster Munitions"));
        String code = unique("DF");
        String process = admin.post("/processes", Map.of("code", code, "title", "Ninth Meeting of States Parties",
                "treaty", treaty, "timeZone", "Europe/Zurich", "languages", List.of("en", "fr"),
                "silenceMinimumPeriod", "PT72H")).json().get("id").asString();
        String president = officer(process, "President", "PRESIDENCY");
        Api presidencyApi = admin.as(Fixtures.signIn(admin, president, president + "-password"));
        presidencyApi.put("/processes/" + process + "/silence-settings/symbol-pattern",
                Map.of("symbolPattern", "CCM/MSP/2021/DEC.{n}"));

        signIn(president, president + "-password");
        page.navigate(url("/processes/" + code + "/silence-procedures"));
        page.getByLabel("Subject").fill("Article 4 extension requests");
        page.locator("#deadline").fill("2030-06-12T18:00");
        Page.GetByRoleOptions add = new Page.GetByRoleOptions().setName("Add a draft decision");
        page.getByRole(AriaRole.BUTTON, add).click();
        assertThat(page.locator("#drafts-0-symbol")).hasValue("CCM/MSP/2021/DEC.1");
        assertThat(page.getByLabel("Subject")).hasValue("Article 4 extension requests");
        page.locator("#drafts-0-title").fill("Request of Bosnia and Herzegovina");
        page.locator("#drafts-0-text").fill("The Meeting grants the request until 1 March 2023.");
        page.getByRole(AriaRole.BUTTON, add).click();
        assertThat(page.locator("#drafts-1-symbol")).hasValue("CCM/MSP/2021/DEC.2");
        assertThat(page.locator("#drafts-0-text")).hasValue("The Meeting grants the request until 1 March 2023.");
        page.getByRole(AriaRole.BUTTON, add).click();
        assertThat(page.locator(".draft-form")).hasCount(3);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove draft decision 3")).click();
        assertThat(page.locator(".draft-form")).hasCount(2);
        assertThat(page.locator("#deadline")).hasValue("2030-06-12T18:00");

        page.locator("#drafts-1-symbol").fill("PERU/1");
        page.locator("#drafts-1-title").fill("Request of Peru");
        page.locator("#drafts-1-text").fill("The Meeting grants the request until 1 March 2024.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the draft")).click();
        assertThat(page.locator("#drafts-1-symbol")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#drafts-1-symbol-error")).containsText("does not follow the pattern");
        assertThat(page.locator("#drafts-1-text")).hasValue("The Meeting grants the request until 1 March 2024.");
        assertThat(page.locator("#drafts-0-title")).hasValue("Request of Bosnia and Herzegovina");
        assertAccessible(page);

        page.locator("#drafts-1-symbol").fill("CCM/MSP/2021/DEC.2");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the draft")).click();
        assertThat(page.locator("#draft-1")).containsText("CCM/MSP/2021/DEC.1 Request of Bosnia and Herzegovina");
        assertThat(page.locator("#draft-2")).containsText("CCM/MSP/2021/DEC.2 Request of Peru");
    }
}
