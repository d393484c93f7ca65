package org.plenary.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plenary.support.Api;

/**
 * The chair runs an agenda item from the console with a point of order and a right of reply while a delegate's
 * live view follows: each action swaps only its fragment (the page is never reloaded), the floor goes to the next
 * speaker with the N key, and axe-core finds nothing to fault.
 */
class ConsoleBrowserTest extends BrowserJourney {

    @Test
    void theChairRunsAnItemWithAPointOfOrderAndARightOfReplyWhileTheLiveViewFollows() {
        Api admin = admin();
        String treaty = treatyCode();
        admin.post("/treaties", Map.of("code", treaty, "title", "Convention on Cluster Munitions"));
        String code = unique("PM");
        String process = admin.post("/processes", Map.of("code", code, "title", "Second Review Conference",
                "treaty", treaty, "timeZone", "Europe/Zurich", "languages", List.of("en", "fr", "es")))
                .json().get("id").asString();
        String austria = party(admin, treaty, unique("Austria"), "STATE_PARTY");
        String chile = unique("Chile");
        String chileId = party(admin, treaty, chile, "STATE_PARTY");
        String tuvalu = unique("Tuvalu");
        String tuvaluId = party(admin, treaty, tuvalu, "SIGNATORY");
        String delegate = account("Delegate of Austria", austria);
        String chair = officer(process, "President", "PRESIDENCY");
        Api presidency = api().as(tokenFor(chair, chair + "-password"));
        String meeting = presidency.post("/processes/" + process + "/meetings", Map.of(
                "title", "Second Preparatory Meeting", "kind", "PREPARATORY_MEETING", "format", "HYBRID",
                "start", "2020-09-04T10:00:00+02:00", "end", "2020-09-04T13:00:00+02:00",
                "onlineUrl", "https://meet.example.org/pm2")).json().get("id").asString();
        presidency.put("/processes/" + process + "/meetings/" + meeting + "/agenda", Map.of("status", "PROVISIONAL",
                "items", List.of(Map.of("title", "Opening"), Map.of("title", "Exchange of views"))));
        String path = "/processes/" + process + "/meetings/" + meeting;
        String meetingPage = "/processes/" + code + "/meetings/" + meeting;

        Page console = anotherBrowser();
        signIn(console, chair, chair + "-password");
        console.navigate(url(meetingPage + "/console?item=2"));
        assertThat(console.locator("#console-floor .timer")).hasText("3:00");
        console.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Take up item 2")).click();
        assertThat(console.locator("#console-status")).hasText("Item 2 is taken up.");
        console.evaluate("() => { window.plenaryMarker = 'not reloaded';"
                + " window.consoleItem = document.getElementById('console-item'); }");

        signIn(delegate, delegate + "-password");
        page.navigate(url(meetingPage));
        assertThat(page.locator("dl.facts")).containsText("https://meet.example.org/pm2");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ask for the floor on item 2")).click();
        assertThat(page.locator("[role=status]")).containsText("on the list of speakers for item 2");
        Api chilean = delegateApi(chileId);
        Api tuvaluan = delegateApi(tuvaluId);
        tuvaluan.post(path + "/replies", Map.of("agendaItem", "2"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Raise a point of order on item 2"))
                .click();
        assertThat(page.locator("[role=status]")).containsText("heard before the list of speakers");
        page.navigate(url(meetingPage + "/live"));
        assertThat(page.locator(".live-state .points-of-order")).containsText("Austria");
        assertThat(page.locator(".live-state .replies")).containsText(tuvalu);
        chilean.post(path + "/speakers", Map.of("agendaItem", "2"));

        assertThat(console.locator("#console-list")).containsText("Points of order: 1");
        assertThat(console.locator("#console-list")).containsText(chile);
        assertThat(console.locator("#console-list")).containsText("Rights of reply: 1");
        assertAccessible(console);

        notReloaded(console);
        console.locator("body").press("n");
        assertThat(console.locator("#console-floor .speaker")).containsText("Austria");
        assertThat(console.locator("#console-floor")).containsText("point of order");
        assertThat(console.locator("#console-status")).containsText("point of order");
        notReloaded(console);
        assertThat(page.locator(".live-state .speaker")).containsText("Austria");
        assertThat(page.locator(".live-state .timer")).isVisible();

        console.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Give the floor to " + tuvalu)).click();
        assertThat(console.locator("#console-alert")).containsText("at the end of the item");
        assertThat(console.locator("#console-floor .speaker")).containsText("Austria");

        notReloaded(console);
        console.keyboard().press("n");
        assertThat(console.locator("#console-floor .speaker")).containsText("Austria");
        assertThat(console.locator("#console-floor")).containsText("statement");
        notReloaded(console);
        console.keyboard().press("n");
        assertThat(console.locator("#console-floor .speaker")).containsText(chile);
        assertThat(page.locator(".live-state .speaker")).hasText(chile);
        console.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Give the floor to " + tuvalu)).click();
        assertThat(console.locator("#console-floor")).containsText("right of reply");
        assertThat(console.locator("#console-alert")).isEmpty();
        assertThat(page.locator(".live-state .speaker")).hasText(tuvalu);
        assertThat(page.locator(".live-state")).not().containsText("Rights of reply waiting");

        console.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close the list of speakers")).click();
        assertThat(console.locator("#console-list")).containsText("The list is closed.");
        assertThat(page.locator(".live-state")).containsText("the list is closed");
        notReloaded(console);
        org.assertj.core.api.Assertions.assertThat(console.evaluate(
                        "() => window.consoleItem === document.getElementById('console-item')"))
                .as("the item's panel stayed; only its fragments were swapped").isEqualTo(true);
        assertAccessible(console);
    }

    /** The marker set on the console's window survives: no action reloaded the page. */
    private static void notReloaded(Page console) {
        org.assertj.core.api.Assertions.assertThat(console.evaluate("() => window.plenaryMarker"))
                .as("the console was never reloaded (%s)", console.url()).isEqualTo("not reloaded");
    }

    private String party(Api admin, String treaty, String name, String status) {
        String id = admin.post("/participants", Map.of("name", name, "kind", "STATE")).json().get("id").asString();
        admin.put("/treaties/" + treaty + "/statuses/" + id, Map.of("status", status, "since", "2012-07-17"));
        return id;
    }

    private Api delegateApi(String participant) {
        String username = account("Delegate", participant);
        return api().as(tokenFor(username, username + "-password"));
    }
}
