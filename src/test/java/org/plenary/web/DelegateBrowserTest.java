package org.plenary.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * A delegate signs in, lands on the home page of the current process with the category of its delegation,
 * switches the interface to French, and reads the participants in French on the next page too.
 */
class DelegateBrowserTest extends BrowserJourney {

    @Test
    void landsOnTheDeskOpensTheProcessAndReadsTheParticipantsInFrench() {
        String treaty = treatyCode();
        String niue = unique("Niue");
        String angola = unique("Angola");
        String norway = unique("Norway");
        String coalition = unique("Cluster Munition Coalition");
        var admin = admin();
        admin.post("/treaties", Map.of("code", treaty, "title", "Convention on Cluster Munitions"));
        var imported = admin.send("POST", "/treaties/" + treaty + "/statuses", "name,iso3,status,since\n" + niue
                + ",,STATE_PARTY,2020-08-06\n" + angola + ",,SIGNATORY,2008-12-03\n" + norway + ",,NONE,2008-12-03\n",
                "text/csv");
        Assertions.assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        admin.post("/participants", Map.of("name", coalition, "kind", "ORGANISATION"));
        String code = unique("CCM-2RC");
        admin.post("/processes", Map.of("code", code, "title", "Second Review Conference", "treaty", treaty,
                "timeZone", "Europe/Zurich", "languages", List.of("en", "fr", "es"),
                "silenceMinimumPeriod", "PT72H"));
        String niueId = admin.get("/participants.json").json().valueStream()
                .filter(p -> p.get("name").asString().equals(niue)).findFirst().orElseThrow().get("id").asString();
        String delegate = account("Delegate of Niue", niueId);

        signIn(delegate, delegate + "-password");
        assertThat(page).hasURL(url("/desk"));
        page.navigate(url("/processes/" + code));
        assertThat(page).hasURL(url("/processes/" + code));
        assertThat(page.locator(".delegation")).containsText(niue);
        assertThat(page.locator(".delegation")).containsText("State Party");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Accounts"))).hasCount(0);

        page.getByLabel("Language").selectOption("fr");
        assertThat(page.locator("html")).hasAttribute("lang", "fr");
        assertThat(page.locator(".delegation")).containsText("État partie");
        assertThat(page.locator("#letters-title")).hasText("Lettres");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Participants et leur catégorie")).click();
        assertThat(page).hasURL(Pattern.compile("/processes/" + code + "/participants"));
        assertThat(page.locator("html")).hasAttribute("lang", "fr");
        assertThat(page.locator("h1")).hasText("Participants — " + code);

        page.getByLabel("Date", new Page.GetByLabelOptions().setExact(true)).fill("2020-08-06");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Afficher")).click();
        assertThat(page.locator("#counts-title")).hasText("Participants au 6 août 2020");
        assertThat(group("STATE_PARTY").locator("h2")).containsText("État partie");
        assertThat(group("STATE_PARTY")).containsText(niue);
        assertThat(group("SIGNATORY_STATE").locator("h2")).containsText("État signataire");
        assertThat(group("SIGNATORY_STATE")).containsText(angola);
        assertThat(group("OBSERVER_STATE").locator("h2")).containsText("État observateur");
        assertThat(group("OBSERVER_STATE")).containsText(norway);
        assertThat(group("OBSERVER_ORGANISATION").locator("h2")).containsText("Organisation observatrice");
        assertThat(group("OBSERVER_ORGANISATION")).containsText(coalition);

        page.getByLabel("Date", new Page.GetByLabelOptions().setExact(true)).fill("2020-06-29");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Afficher")).click();
        assertThat(page.locator("#counts-title")).hasText("Participants au 29 juin 2020");
        assertThat(group("OBSERVER_STATE")).containsText(niue);
        assertThat(group("STATE_PARTY")).hasCount(0);
        assertThat(page.locator(".counts")).containsText("État partie 0");
    }

    private Locator group(String category) {
        return page.locator("section:has(#group-" + category + ")");
    }
}
