package org.plenary.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plenary.support.Api;

/**
 * The Presidency drafts and circulates a silence procedure from its pages; a delegate of a State Party objects,
 * confirming that it breaks silence; the Presidency's page shows the objection and the broken silence without
 * being reloaded.
 */
class SilenceBrowserTest extends BrowserJourney {

    @Test
    void aDelegateObjectsAndThePresidencySeesSilenceBrokenLive() {
        Api admin = admin();
        String treaty = treatyCode();
        admin.post("/treaties", Map.of("code", treaty, "title", "Convention on Cluster Munitions"));
        String code = unique("SP");
        String process = admin.post("/processes", Map.of("code", code, "title", "Second Review Conference",
                "treaty", treaty, "timeZone", "Europe/Zurich", "languages", List.of("en", "fr", "es"),
                "silenceMinimumPeriod", "PT72H")).json().get("id").asString();
        String lao = unique("Lao People's Democratic Republic");
        String state = admin.post("/participants", Map.of("name", lao, "kind", "STATE")).json().get("id").asString();
        admin.put("/treaties/" + treaty + "/statuses/" + state, Map.of("status", "STATE_PARTY", "since", "2009-03-18"));
        String delegate = account("Delegate of Lao PDR", state);
        String president = officer(process, "President", "PRESIDENCY");

        Page presidency = anotherBrowser();
        signIn(presidency, president, president + "-password");
        presidency.navigate(url("/processes/" + code + "/silence-procedures"));
        presidency.getByLabel("Subject").fill("Date of the First Preparatory Meeting");
        presidency.getByLabel("Proposed decision").fill("The First Preparatory Meeting is held on 29 June 2020.");
        presidency.getByLabel("Deadline (local time, Geneva time)").fill(LocalDateTime.now(ZoneId.of("Europe/Zurich"))
                .plus(Duration.ofDays(4)).truncatedTo(ChronoUnit.MINUTES).toString());
        presidency.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the draft")).click();
        assertThat(presidency.locator(".alert[role=status]")).containsText("SP.1 is drafted");
        presidency.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Circulate to all delegations")).click();
        presidency.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Circulate now")).click();
        assertThat(presidency.locator(".alert[role=status]")).containsText("SP.1 is circulated");
        assertThat(presidency.locator("#procedure-status")).hasText("Open");
        assertThat(presidency.locator("[data-countdown]")).containsText(" days ");
        assertThat(presidency.locator(".silence-state")).containsText("No objection has been received");

        signIn(delegate, delegate + "-password");
        page.navigate(presidency.url());
        page.getByLabel("Objection, with its reason").fill("Lao PDR cannot attend on 29 June.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Object").setExact(true)).click();
        assertThat(page.locator(".alert.error")).containsText("This breaks silence");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Object and break silence")).click();
        assertThat(page.locator("[role=status]")).containsText("Receipt reference");

        assertThat(presidency.locator("#procedure-status")).hasText("Silence broken");
        assertThat(presidency.locator("#objections")).containsText(lao);
        assertThat(presidency.locator("#objections")).containsText("cannot attend on 29 June");
        assertThat(presidency.locator(".silence-state")).containsText("Silence was broken by " + lao);
    }
}
