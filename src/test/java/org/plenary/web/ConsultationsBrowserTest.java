package org.plenary.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A delegate gives its views element by element, comes back to change them; the Presidency reads the compilation,
 * extends and closes the consultation early through their confirmation pages (closing asks for the reason), and
 * drafts the revised text.
 */
class ConsultationsBrowserTest extends BrowserJourney {

    @Test
    void aDelegateGivesViewsAndThePresidencyReadsTheCompilation() {
        var admin = admin();
        String treaty = treatyCode();
        String party = unique("Switzerland");
        admin.post("/treaties", Map.of("code", treaty, "title", "Convention on Cluster Munitions"));
        admin.send("POST", "/treaties/" + treaty + "/statuses", "name,iso3,status,since\n" + party
                + ",,STATE_PARTY,2012-07-17\n", "text/csv");
        String partyId = admin.get("/participants.json").json().valueStream()
                .filter(p -> p.get("name").asString().equals(party)).findFirst().orElseThrow().get("id").asString();
        String code = unique("CCM-2RC");
        String process = admin.post("/processes", Map.of("code", code, "title", "Second Review Conference",
                "treaty", treaty, "timeZone", "Europe/Zurich", "languages", List.of("en", "fr"))).json().get("id")
                .asString();
        String president = officer(process, "President", "PRESIDENCY");
        String delegate = account("Delegate of " + party, partyId);

        signIn(president, president + "-password");
        page.navigate(url("/processes/" + code + "/consultations"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open a consultation")).click();
        page.getByLabel("Title").fill("Possible elements of the Lausanne Action Plan");
        page.getByLabel("Opens on").fill(LocalDate.now(ZoneId.of("Europe/Zurich")).minusDays(1).toString());
        page.getByLabel("Elements", new Page.GetByLabelOptions().setExact(true)).fill("1. Clear all cluster munition remnants as soon as possible.\n"
                + "2. Destroy stockpiles within eight years.\n12 (d) Report annually on victim assistance.");
        page.getByLabel("Guiding questions").fill("1. Which indicators should measure progress?");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open the consultation")).click();
        assertThat(page.locator("#confirm-past")).containsText("The opening time is in the past");
        assertThat(page.locator("#confirm-mail-subject")).hasText("Consultation opened: "
                + "Possible elements of the Lausanne Action Plan");
        assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open now")).click();
        assertThat(page.locator("main [role=status]")).containsText("is open");
        assertThat(page.locator("dl.elements").first()).containsText("12 (d)");
        String consultation = page.url();

        Page delegation = anotherBrowser();
        signIn(delegation, delegate, delegate + "-password");
        delegation.navigate(consultation);
        delegation.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Give or change your views")).click();
        Locator one = delegation.locator("fieldset.element").nth(0);
        one.getByLabel("Retain").check();
        Locator two = delegation.locator("fieldset.element").nth(1);
        two.getByLabel("Amend").check();
        two.getByLabel("Proposed text").fill("Destroy all stockpiles within six years.");
        two.getByLabel("Comment").fill("Six years are enough.");
        delegation.getByLabel("Text of the missing element").first().fill("Universalise the Convention.");
        delegation.getByLabel("Would come after element").first().selectOption("1");
        delegation.getByLabel("1 Which indicators should measure progress?").fill("Hectares released.");
        delegation.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the views")).click();
        assertThat(delegation.locator("main [role=status]")).containsText("version 1");
        assertThat(two.getByLabel("Amend")).isChecked();
        assertThat(two.getByLabel("Proposed text")).hasValue("Destroy all stockpiles within six years.");
        Locator three = delegation.locator("fieldset.element").nth(2);
        assertThat(three.locator("legend")).hasText("Element 12 (d)");
        three.getByLabel("Delete").check();
        delegation.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the views")).click();
        assertThat(delegation.locator("main [role=status]")).containsText("version 2");

        page.navigate(consultation);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Compilation of the views")).click();
        assertThat(page.locator("main")).containsText("One delegation gave its views.");
        assertThat(page.locator("table.matrix")).containsText(party);
        Locator element2 = page.locator("section", new Page.LocatorOptions().setHasText("Element 2"));
        assertThat(element2.locator("td.diff ins")).containsText(new String[] {"all", "six"});
        assertThat(element2.locator("td.diff del")).containsText("eight");
        assertThat(element2).containsText("Retain 0, amend 1, delete 0");
        assertThat(page.locator("#missing-title + h3")).hasText("After element 1");
        assertThat(page.locator("main")).containsText("Hectares released.");
        page.getByLabel("Stance").selectOption("DELETE");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter")).click();
        assertThat(page.locator("section", new Page.LocatorOptions().setHasText("Element 12 (d)"))
                .locator("tbody tr")).hasCount(1);
        assertThat(element2.locator("tbody tr")).hasCount(0);

        page.navigate(consultation);
        page.getByLabel("Closes on").fill(LocalDate.now(ZoneId.of("Europe/Zurich")).plusWeeks(6).toString());
        page.getByLabel(Pattern.compile("^Time")).last().fill("18:00");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Extend to this time")).click();
        assertThat(page.locator("#confirm-closes")).containsText("The consultation will close on");
        assertThat(page.locator("#confirm-mail-subject")).hasText("Consultation extended: "
                + "Possible elements of the Lausanne Action Plan");
        assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Extend the consultation")).click();
        assertThat(page.locator("main [role=status]")).containsText("was extended");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Close now")).click();
        assertThat(page.locator("#confirm-mail-text")).containsText("[the reason you give below]");
        assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close the consultation")).click();
        assertThat(page.locator("#close-reason-error")).hasText("“Reason for closing early (sent to the delegations)” "
                + "is required.");
        assertThat(page.locator("#close-reason")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#close-reason")).isFocused();
        assertAccessible(page);
        page.getByLabel("Reason for closing early").fill("The Bureau agreed to compile the views received so far.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close the consultation")).click();
        assertThat(page.locator("main [role=status]")).containsText("was closed");
        assertThat(page.locator("#closing-reason")).hasText("The Bureau agreed to compile the views received so far.");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Revised text")).click();
        assertAccessible(page);
        Locator revised2 = page.locator("fieldset.element").nth(1);
        revised2.getByLabel(Pattern.compile("Take the text proposed by " + party)).check();
        Locator revised3 = page.locator("fieldset.element").nth(2);
        revised3.getByLabel("Delete the element").check();
        revised3.getByText("Views that motivated the change").click();
        revised3.getByLabel(Pattern.compile(party + ": Delete")).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the draft revision")).click();
        assertThat(page.locator("main [role=status]")).containsText("The draft revision was saved.");
        assertThat(page.locator("fieldset.element").nth(1)
                .getByLabel(Pattern.compile("Take the text proposed by"))).isChecked();
        assertThat(page.locator("fieldset.element").nth(2).getByLabel("Delete the element")).isChecked();
        assertAccessible(page);
    }
}
