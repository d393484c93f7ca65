package org.plenary.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Secretariat convenes a meeting and writes its agenda through the pages, in Geneva time. */
class ConveneBrowserTest extends BrowserJourney {

    @Test
    void anOfficerConvenesAMeetingAndWritesItsNumberedAgenda() {
        var admin = admin();
        String treaty = treatyCode();
        admin.post("/treaties", Map.of("code", treaty, "title", "Convention on Cluster Munitions"));
        String code = unique("PM");
        String process = admin.post("/processes", Map.of("code", code, "title", "Second Review Conference",
                "treaty", treaty, "timeZone", "Europe/Zurich", "languages", List.of("en", "fr", "es")))
                .json().get("id").asString();
        String secretariat = officer(process, "Secretariat", "SECRETARIAT");

        signIn(secretariat, secretariat + "-password");
        page.navigate(url("/processes/" + code + "/meetings"));
        page.getByLabel("Meeting", new Page.GetByLabelOptions().setExact(true)).fill("Second Preparatory Meeting");
        page.getByLabel("Date").fill("2020-09-04");
        page.getByLabel("From").fill("10:00");
        page.getByLabel("To", new Page.GetByLabelOptions().setExact(true)).fill("09:00");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Convene a meeting")).click();
        assertThat(page.locator("#convene-error")).containsText("end must come after the start");
        assertThat(page.getByLabel("Meeting", new Page.GetByLabelOptions().setExact(true)))
                .hasValue("Second Preparatory Meeting");

        page.getByLabel("To", new Page.GetByLabelOptions().setExact(true)).fill("13:00");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Convene a meeting")).click();
        assertThat(page.locator("#convene-past")).containsText("These dates are in the past.");
        assertThat(page.getByLabel("To", new Page.GetByLabelOptions().setExact(true))).hasValue("13:00");
        page.getByLabel("Yes, convene it on these past dates").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Convene a meeting")).click();
        assertThat(page.locator("h1")).hasText("Second Preparatory Meeting");
        assertThat(page.locator("dl.facts")).containsText("10:00");
        assertThat(page.locator("dl.facts")).containsText("Geneva time (UTC+");

        page.getByLabel("Items, one per line").fill("Opening\nAdoption of the agenda\n5. Exchange of views\n"
                + "- Review of the operation and status of the Convention\n- (b) Lausanne Action Plan\nClosure");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the agenda")).click();
        assertThat(page.locator("[role=status]")).containsText("The agenda is saved");
        assertThat(page.locator("#item-3b")).hasText("3 (b). Lausanne Action Plan");
        assertThat(page.locator("#item-4")).containsText("4. Closure");
    }
}
