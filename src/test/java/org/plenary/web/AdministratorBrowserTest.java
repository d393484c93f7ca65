package org.plenary.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * An administrator signs in, builds a small roster through the forms (with a CSV import that is first
 * refused and then accepted), creates a process, and reads the participants on two dates, in English.
 */
class AdministratorBrowserTest extends BrowserJourney {

    @Test
    void buildsARosterCreatesAProcessAndReadsTheParticipantsOnADate() {
        String treaty = treatyCode();
        String niue = unique("Niue");
        String angola = unique("Angola");
        String switzerland = unique("Switzerland");
        String icrc = unique("ICRC");
        signIn("admin", ADMIN_PASSWORD);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Welcome, Administrator");

        page.navigate(url("/roster"));
        Locator treatyForm = page.locator("form[action='/roster/treaties']");
        treatyForm.getByLabel("Treaty code").fill(treaty);
        treatyForm.getByLabel("Title of the treaty").fill("Convention on Cluster Munitions");
        button(treatyForm, "Add the treaty").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("The treaty " + treaty + " has been added.");

        Locator importForm = page.locator("form[action='/roster/imports']");
        importForm.getByLabel("Treaty").selectOption(treaty);
        String csv = "name,iso3,status,since\n" + switzerland + ",,STATE_PARTY,2012-07-17\n" + niue
                + ",,STATE_PARTY,2020-08-06\n" + angola + ",,SIGNATORY,2008-12-03\n";
        importForm.getByLabel("CSV text").fill(csv.replace("SIGNATORY", "SIGNED"));
        button(importForm, "Import").click();
        assertThat(page.locator("#import-error")).containsText("Line 4");
        assertThat(page.getByLabel("CSV text")).hasValue(csv.replace("SIGNATORY", "SIGNED"));
        assertThat(row(niue)).hasCount(0);

        page.getByLabel("CSV text").fill(csv);
        button(importForm, "Import").click();
        assertThat(page.getByRole(AriaRole.STATUS))
                .containsText("Rows read: 3; participants added: 3; statuses recorded: 3.");

        Locator organisationForm = page.locator("form[action='/roster/organisations']");
        organisationForm.getByLabel("Name").fill(icrc);
        organisationForm.getByLabel("Type of organisation").selectOption("INTERNATIONAL_ORGANISATION");
        button(organisationForm, "Add the organisation").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText(icrc + " has been added to the roster.");

        assertThat(row(niue)).containsText("State Party");
        assertThat(row(niue)).containsText("since 6 August 2020");
        assertThat(row(angola)).containsText("Signatory State");
        assertThat(row(icrc)).containsText("Observer organisation");
        assertThat(row(icrc)).containsText("International organisation");

        String code = unique("CCM-2RC");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New process"))
                .click();
        page.getByLabel("Code", new Page.GetByLabelOptions().setExact(true)).fill(code);
        page.getByLabel("Title").fill("Second Review Conference of the CCM");
        page.getByLabel("Treaty").selectOption(treaty);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Create the process")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("has been created");
        assertThat(page.locator("dl.facts")).containsText("Geneva time");
        assertThat(page.locator("dl.facts")).containsText("English");
        assertThat(page.locator("dl.facts")).containsText("72 hours");

        page.getByText("Participants and their categories").click();
        page.getByLabel("Date").fill("2020-06-29");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show")).click();
        assertThat(page.locator("#counts-title")).hasText("Participants on 29 June 2020");
        assertThat(group("OBSERVER_STATE")).containsText(niue);
        assertThat(group("STATE_PARTY")).containsText(switzerland);
        assertThat(group("STATE_PARTY")).not().containsText(niue);

        page.getByLabel("Date").fill("2020-08-06");
        page.getByLabel("Category", new Page.GetByLabelOptions().setExact(true))
                .selectOption("STATE_PARTY");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show")).click();
        assertThat(page.locator("#counts-title")).hasText("Participants on 6 August 2020");
        assertThat(group("STATE_PARTY")).containsText(niue);
        assertThat(group("OBSERVER_STATE")).hasCount(0);
        assertThat(page).hasURL(Pattern.compile("at=2020-08-06"));

        String username = unique("president").toLowerCase();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Accounts")).click();
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").fill("short");
        page.getByLabel("Display name").fill("Ambassador of Switzerland");
        page.getByLabel("E-mail").fill(username + "@example.org");
        page.evaluate("document.getElementById('account-password').removeAttribute('minlength')");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the account")).click();
        assertThat(page.locator("#account-error")).containsText("A password has at least 12 characters");
        assertThat(page.getByLabel("Username")).hasValue(username);
        assertThat(page.getByLabel("Password")).hasValue("");
        page.getByLabel("Password").fill("a-long-enough-password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the account")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("The account " + username + " has been created.");

        page.navigate(url("/processes/" + code));
        page.getByLabel("Account", new Page.GetByLabelOptions().setExact(true)).selectOption(new SelectOption().setLabel("Ambassador of Switzerland (" + username + ")"));
        page.getByLabel("Office", new Page.GetByLabelOptions().setExact(true)).selectOption("PRESIDENCY");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Appoint")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Ambassador of Switzerland has been appointed.");
        assertThat(page.locator("#officers-title + ul")).containsText("Ambassador of Switzerland, Presidency");
    }

    private static Locator button(Locator form, String name) {
        return form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator row(String name) {
        return page.locator("tr", new Page.LocatorOptions()
                .setHas(page.locator("th[scope=row]", new Page.LocatorOptions()
                        .setHasText(name))));
    }

    private Locator group(String category) {
        return page.locator("section:has(#group-" + category + ")");
    }
}
