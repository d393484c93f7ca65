package org.plenary.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plenary.support.Api;

/**
 * A delegate asks for the floor, the chair's console shows the request and gives the floor, and a third screen
 * showing the live view follows both without being reloaded.
 */
class FloorBrowserTest extends BrowserJourney {

    @Test
    void aDelegateAsksForTheFloorTheChairGivesItAndTheLiveViewFollows() {
        Api admin = admin();
        String treaty = treatyCode();
        admin.post("/treaties", Map.of("code", treaty, "title", "Convention on Cluster Munitions"));
        String code = unique("PM");
        String process = admin.post("/processes", Map.of("code", code, "title", "Second Review Conference",
                "treaty", treaty, "timeZone", "Europe/Zurich", "languages", List.of("en", "fr", "es")))
                .json().get("id").asString();
        String switzerland = unique("Switzerland");
        String state = admin.post("/participants", Map.of("name", switzerland, "kind", "STATE")).json()
                .get("id").asString();
        admin.put("/treaties/" + treaty + "/statuses/" + state, Map.of("status", "STATE_PARTY", "since", "2012-07-17"));
        String delegate = account("Delegate of Switzerland", state);
        String chair = officer(process, "President", "PRESIDENCY");
        Api presidency = api().as(tokenFor(chair, chair + "-password"));
        String meeting = presidency.post("/processes/" + process + "/meetings", Map.of(
                "title", "Second Preparatory Meeting", "kind", "PREPARATORY_MEETING", "format", "HYBRID",
                "start", "2020-09-04T10:00:00+02:00", "end", "2020-09-04T13:00:00+02:00")).json().get("id").asString();
        presidency.put("/processes/" + process + "/meetings/" + meeting + "/agenda", Map.of("status", "PROVISIONAL",
                "items", List.of(Map.of("title", "Opening"), Map.of("title", "Exchange of views",
                        "items", List.of(Map.of("title", "Review"), Map.of("title", "Lausanne Action Plan"))))));
        String meetingPage = "/processes/" + code + "/meetings/" + meeting;

        Page chairPage = anotherBrowser();
        signIn(chairPage, chair, chair + "-password");
        chairPage.navigate(url(meetingPage));
        chairPage.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Chair’s console")).click();
        chairPage.getByLabel("Agenda item").selectOption("2 (b)");
        chairPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show this item")).click();
        chairPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Take up item 2 (b)")).click();
        assertThat(chairPage.locator("#console-status")).containsText("Item 2 (b) is taken up");

        Page projector = anotherBrowser();
        signIn(projector, chair, chair + "-password");
        projector.navigate(url(meetingPage + "/live"));
        assertThat(projector.locator(".live-state h2")).containsText("Item 2 (b): Lausanne Action Plan");
        assertThat(projector.locator(".live-state")).containsText("Nobody has asked for the floor");

        signIn(delegate, delegate + "-password");
        page.navigate(url(meetingPage));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ask for the floor on item 2 (b)")).click();
        assertThat(page.locator("[role=status]")).containsText("on the list of speakers for item 2 (b)");
        assertThat(projector.locator(".live-state .speakers")).containsText(switzerland);

        chairPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Give the floor to " + switzerland))
                .click();
        assertThat(projector.locator(".live-state .speaker")).hasText(switzerland);
        assertThat(projector.locator(".live-state")).containsText("Nobody has asked for the floor");
    }
}
