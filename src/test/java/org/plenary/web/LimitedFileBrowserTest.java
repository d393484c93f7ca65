package org.plenary.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * A limited document's file opens from its page for whoever is signed in and may read it, with the browser's
 * session (the officer who published it, a delegation), and is refused to the public.
 */
class LimitedFileBrowserTest extends BrowserJourney {

    private static final String TEXT = "Draft elements for the delegations only.";

    @Test
    void theFileOfALimitedDocumentOpensForOfficersAndDelegatesAndNotForThePublic() {
        var admin = admin();
        String treaty = treatyCode();
        admin.post("/treaties", Map.of("code", treaty, "title", "Convention on Cluster Munitions"));
        String code = unique("CCM-2RC");
        String process = admin.post("/processes", Map.of("code", code, "title", "Second Review Conference",
                "treaty", treaty, "timeZone", "Europe/Zurich", "languages", List.of("en"))).json().get("id")
                .asString();
        String secretariat = officer(process, "Secretariat", "SECRETARIAT");
        String state = admin.post("/participants", Map.of("name", unique("Switzerland"), "kind", "STATE")).json()
                .get("id").asString();
        String delegate = account("Delegate of Switzerland", state);
        String symbol = treaty + "/CONF/2020/L.1";

        signIn(secretariat, secretariat + "-password");
        page.navigate(url("/processes/" + code + "/documents/new"));
        page.getByLabel("Symbol").fill(symbol);
        page.getByLabel("Title").fill("Draft elements");
        page.getByLabel("Distribution").selectOption("LIMITED");
        page.getByLabel("File in English").setInputFiles(new FilePayload("l1-en.txt", "text/plain",
                TEXT.getBytes(StandardCharsets.UTF_8)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish the document")).click();
        assertThat(page.locator("h1")).hasText(symbol + " Draft elements");
        String file = fileLink(page, symbol);
        assertOpens(page, file);

        Page delegation = anotherBrowser();
        signIn(delegation, delegate, delegate + "-password");
        delegation.navigate(url("/processes/" + code + "/documents"));
        assertThat(delegation.locator("article.document h3")).hasText(symbol + " Draft elements");
        Assertions.assertThat(fileLink(delegation, symbol)).isEqualTo(file);
        assertOpens(delegation, file);

        page.context().clearCookies();
        Assertions.assertThat(page.request().get(url(file)).status()).as("the public").isEqualTo(404);
    }

    private static String fileLink(Page in, String symbol) {
        return in.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English: " + symbol)).first()
                .getAttribute("href");
    }

    private void assertOpens(Page in, String file) {
        APIResponse response = in.request().get(url(file));
        Assertions.assertThat(response.status()).isEqualTo(200);
        Assertions.assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(TEXT);
    }
}
