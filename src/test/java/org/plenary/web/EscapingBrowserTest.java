package org.plenary.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Names are data, never markup: a participant or account named with a script is shown as text on every
 * page that lists it, and nothing runs (the base test fails on any dialog).
 */
class EscapingBrowserTest extends BrowserJourney {

    @Test
    void scriptInANameIsShownAsTextAndNeverRuns() {
        String script = "<script>alert(1)</script>" + unique("");
        String image = "<img src=x onerror=alert(2)>" + unique("");
        var admin = admin();
        String treaty = treatyCode();
        admin.post("/treaties", Map.of("code", treaty, "title", "Convention on Cluster Munitions"));
        admin.post("/participants", Map.of("name", script, "kind", "ORGANISATION"));
        String stateId = admin.post("/participants", Map.of("name", image, "kind", "STATE")).json().get("id")
                .asString();
        String code = unique("XSS");
        admin.post("/processes", Map.of("code", code, "title", "<b>Process</b>", "treaty", treaty,
                "timeZone", "Europe/Zurich", "languages", List.of("en")));
        account("<i>Delegate</i>", stateId);

        signIn("admin", ADMIN_PASSWORD);
        for (String path : new String[] {"/roster", "/processes/" + code + "/participants", "/admin/accounts",
            "/processes/" + code, "/processes"}) {
            page.navigate(url(path));
            assertThat(page.locator("main")).isVisible();
            Assertions.assertThat(page.locator("main img, main b, main i, main script:not([src])")
                    .count()).as("elements made from data on %s", path).isZero();
        }
        page.navigate(url("/roster"));
        assertThat(rowHeader(script)).hasText(script);
        assertThat(rowHeader(image)).hasText(image);
        page.navigate(url("/processes/" + code + "/participants"));
        assertThat(rowHeader(script)).hasText(script);
        page.navigate(url("/processes/" + code));
        assertThat(page.locator("h1")).hasText("<b>Process</b>");
    }

    private Locator rowHeader(String name) {
        return page.locator("th[scope=row]", new Page.LocatorOptions().setHasText(name));
    }
}
