package org.plenary.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plenary.support.Api;

/**
 * A delegate asks for the floor, raises a point of order and asks for a right of reply from the desk itself: each
 * answer, and a refusal, shows in place beside the form, and the desk is never reloaded.
 */
class DeskFloorBrowserTest extends BrowserJourney {

    @Test
    void aDelegateAsksForTheFloorFromTheDeskAndReadsTheAnswerInPlace() {
        Api admin = admin();
        String treaty = treatyCode();
        admin.post("/treaties", Map.of("code", treaty, "title", "Convention on Cluster Munitions"));
        String code = unique("FLOOR");
        String process = admin.post("/processes", Map.of("code", code, "title", "Second Review Conference",
                "treaty", treaty, "timeZone", "Europe/Zurich", "languages", List.of("en", "fr", "es")))
                .json().get("id").asString();
        String state = admin.post("/participants", Map.of("name", unique("Ghana"), "kind", "STATE"))
                .json().get("id").asString();
        admin.put("/treaties/" + treaty + "/statuses/" + state, Map.of("status", "STATE_PARTY", "since", "2011-02-03"));
        String delegate = account("Delegate of Ghana", state);
        String chair = officer(process, "President", "PRESIDENCY");
        Api presidency = api().as(tokenFor(chair, chair + "-password"));
        String title = unique("Third Preparatory Meeting");
        String meeting = presidency.post("/processes/" + process + "/meetings", Map.of("title", title,
                "kind", "PREPARATORY_MEETING", "format", "IN_PERSON", "start", "2031-03-04T10:00:00+01:00",
                "end", "2031-03-04T13:00:00+01:00")).json().get("id").asString();
        String path = "/processes/" + process + "/meetings/" + meeting;
        presidency.put(path + "/agenda", Map.of("status", "PROVISIONAL", "items", List.of(Map.of("title", "Opening"),
                Map.of("title", "Exchange of views"), Map.of("title", "Closing"))));
        presidency.send("PATCH", path + "/speakers-list", "{\"agendaItem\":\"2\",\"current\":true}",
                "application/json");

        signIn(delegate, delegate + "-password");
        page.navigate(url("/desk"));
        page.evaluate("window.deskNotReloaded = true");
        Locator item = page.locator("li.desk-item", new Page.LocatorOptions().setHasText(title));
        assertThat(item.getByLabel("Agenda item")).hasValue("2");
        Locator answer = item.locator("#floor-answer-" + meeting);

        item.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Ask for the floor")).click();
        assertThat(answer).containsText("Your delegation is on the list of speakers for item 2.");
        item.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Ask for the floor")).click();
        assertThat(answer.getByRole(AriaRole.ALERT)).containsText("already on the list of speakers for item 2");
        item.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Raise a point of order")).click();
        assertThat(answer).containsText("Your point of order on item 2 is recorded");
        item.getByLabel("Agenda item").selectOption("3");
        item.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Ask for a right of reply")).click();
        assertThat(answer).containsText("Your right of reply on item 3 is recorded");

        assertThat(page.evaluate("window.deskNotReloaded")).isEqualTo(true);
        assertThat(presidency.get(path + "/speakers?agendaItem=2").text()).contains(state);
        assertAccessible(page);
    }
}
