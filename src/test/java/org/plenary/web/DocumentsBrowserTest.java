package org.plenary.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * The Secretariat publishes a working paper in English and French through the form, is told what is
 * missing when the original is not attached, and issues a revision; a visitor who is not signed in finds
 * the revision first with the original one click away, downloads the French file, and finds the paper by
 * a word of its text. A title with a script stays text.
 */
class DocumentsBrowserTest extends BrowserJourney {

    private static final String TITLE = "Possible elements of the Lausanne Action Plan <script>alert(1)</script>";

    @Test
    void anOfficerPublishesAndRevisesAndAnyoneReadsAndSearches() {
        var admin = admin();
        String treaty = treatyCode();
        admin.post("/treaties", Map.of("code", treaty, "title", "Convention on Cluster Munitions"));
        String code = unique("CCM-2RC");
        String process = admin.post("/processes", Map.of("code", code, "title", "Second Review Conference",
                "treaty", treaty, "timeZone", "Europe/Zurich", "languages", List.of("en", "fr"))).json().get("id")
                .asString();
        String secretariat = officer(process, "Secretariat", "SECRETARIAT");
        String symbol = treaty + "/CONF/2020/WP.4";

        signIn(secretariat, secretariat + "-password");
        page.navigate(url("/processes/" + code + "/documents"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Publish a document")).click();
        page.getByLabel("Symbol").fill(symbol);
        page.getByLabel("Title").fill(TITLE);
        page.getByLabel("Agenda item").fill("5 (b)");
        page.getByLabel("Submitted by").fill("the President");
        page.getByLabel("File in French").setInputFiles(text("wp4-fr.txt", "Éléments possibles du plan d’action."));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish the document")).click();

        assertThat(page.locator("#publish-error")).containsText("The file in the original language (en) is required");
        assertThat(page.getByLabel("Title")).hasValue(TITLE);
        assertThat(page.getByLabel("Symbol")).hasValue(symbol);
        page.getByLabel("File in English").setInputFiles(text("wp4-en.txt",
                "Possible elements: universalization, stockpile destruction and clearance."));
        page.getByLabel("File in French").setInputFiles(text("wp4-fr.txt", "Éléments possibles du plan d’action."));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish the document")).click();

        assertThat(page.locator("main [role=status]")).containsText("The document " + symbol + " has been published.");
        assertThat(page.locator("h1")).hasText(symbol + " " + TITLE);
        assertThat(page.locator(".masthead")).containsText("Item 5 (b) of the provisional agenda");

        Locator followUp = page.locator("section:has(#follow-up-heading)");
        Assertions.assertThat(followUp.getByLabel("Kind").inputValue()).isEqualTo("REVISION");
        followUp.getByLabel("Title").fill("Elements of the Lausanne Action Plan, revised");
        followUp.getByLabel("File in English").setInputFiles(text("wp4-rev1-en.txt", "Revised elements with indicators."));
        followUp.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Issue")).click();
        assertThat(page.locator("h1")).hasText(symbol + "/Rev.1 Elements of the Lausanne Action Plan, revised");

        page.context().clearCookies();
        page.navigate(url("/processes/" + code + "/documents"));
        assertThat(page).hasURL(url("/processes/" + code + "/documents"));
        Locator entry = page.locator("article.document");
        assertThat(entry).hasCount(1);
        assertThat(entry.locator("h3")).hasText(symbol + "/Rev.1 Elements of the Lausanne Action Plan, revised");
        Locator earlier = entry.locator("details.earlier");
        assertThat(earlier.getByText(symbol, new Locator.GetByTextOptions().setExact(true))).not().isVisible();
        earlier.locator("summary").click();
        assertThat(earlier.getByText(symbol, new Locator.GetByTextOptions().setExact(true))).isVisible();
        assertThat(earlier).containsText(TITLE);
        assertThat(earlier).containsText("Superseded");
        Locator french = earlier.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("French: " + symbol));
        APIResponse file = page.request().get(url(french.getAttribute("href")));
        Assertions.assertThat(file.status()).isEqualTo(200);
        Assertions.assertThat(file.headers().get("content-type")).startsWith("text/plain");
        Assertions.assertThat(new String(file.body(), StandardCharsets.UTF_8)).isEqualTo("Éléments possibles du plan d’action.");

        // The text of a file is extracted in the background after its upload: searchable within seconds.
        await().atMost(Duration.ofSeconds(60)).until(() -> api().get("/processes/" + code + "/documents?q=stockpile")
                .json().size() == 1);
        page.getByLabel("Search the documents").fill("stockpile");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
        Locator results = page.locator("section.results");
        assertThat(results.locator("[role=status]")).hasText("One document matches.");
        assertThat(results.locator("li a")).hasText(symbol + " " + TITLE);
        assertThat(results.locator("mark")).hasText("stockpile");
        Assertions.assertThat(page.locator("main script:not([src])").count()).isZero();
    }

    private static FilePayload text(String name, String content) {
        return new FilePayload(name, "text/plain", content.getBytes(StandardCharsets.UTF_8));
    }
}
