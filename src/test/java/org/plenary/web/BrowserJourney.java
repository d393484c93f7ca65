package org.plenary.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.plenary.PlenaryTest;

/**
 * Base of the browser tests: the real application driven through Debian's Chromium (headless, nothing
 * downloaded), a fresh browser context (no cookies) per test, and a guard that no JavaScript dialog ever
 * opened: script injected through data would show one.
 */
abstract class BrowserJourney extends PlenaryTest {

    private static Playwright playwright;
    private static Browser browser;

    private BrowserContext context;
    private final List<BrowserContext> others = new CopyOnWriteArrayList<>();
    private final List<String> dialogs = new CopyOnWriteArrayList<>();
    protected Page page;

    @BeforeAll
    static void launchBrowser() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get("/usr/bin/chromium"))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void closeBrowser() {
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB"));
        page = context.newPage();
        page.setDefaultTimeout(15_000);
        page.onDialog(dialog -> {
            dialogs.add(dialog.message());
            dialog.dismiss();
        });
    }

    /** A second browser, with its own session, for journeys of several people at once. */
    protected Page anotherBrowser() {
        BrowserContext other = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB"));
        others.add(other);
        Page another = other.newPage();
        another.setDefaultTimeout(15_000);
        another.onDialog(dialog -> {
            dialogs.add(dialog.message());
            dialog.dismiss();
        });
        return another;
    }

    @AfterEach
    void noDialogOpened() {
        others.forEach(BrowserContext::close);
        context.close();
        assertThat(dialogs).as("JavaScript dialogs opened by the pages").isEmpty();
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Signs in through the sign-in form. */
    protected void signIn(String username, String password) {
        signIn(page, username, password);
    }

    protected void signIn(Page in, String username, String password) {
        in.navigate(url("/login"));
        in.getByLabel(Pattern.compile("Username|Nom d’utilisateur|Nombre de usuario"))
                .fill(username);
        in.locator("#password").fill(password);
        in.locator("main form button[type=submit]").click();
    }

    /** A delegate or officer account made through the API; returns its username (password: username + "-password"). */
    protected String account(String displayName, String participantId) {
        String username = unique("user").toLowerCase();
        var body = new HashMap<String, Object>(Map.of("username", username, "password",
                username + "-password", "displayName", displayName, "email", username + "@example.org"));
        if (participantId != null) {
            body.put("participantId", participantId);
        }
        var response = admin().post("/users", body);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return username;
    }

    /** An account appointed to the process in {@code role} (PRESIDENCY, SECRETARIAT); returns its username. */
    protected String officer(String processId, String displayName, String role) {
        String username = unique("officer").toLowerCase();
        var created = admin().post("/users", Map.of("username", username, "password", username + "-password",
                "displayName", displayName, "email", username + "@example.org"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        var appointed = admin().post("/processes/" + processId + "/officers",
                Map.of("userId", created.json().get("id").asString(), "role", role));
        assertThat(appointed.status()).as(appointed.toString()).isEqualTo(201);
        return username;
    }

    /** A treaty code nobody else uses in this test run. */
    protected static String treatyCode() {
        return "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** axe-core's rules on the page as it is now: some checked, none violated. */
    protected static void assertAccessible(Page page) {
        AxeResults results = new AxeBuilder(page).analyze();
        org.assertj.core.api.Assertions.assertThat(results.getPasses()).as("rules axe-core checked and found kept")
                .isNotEmpty();
        org.assertj.core.api.Assertions.assertThat(results.getViolations().stream()
                .map(rule -> rule.getId() + ": " + rule.getHelp() + " " + rule.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
                .toList()).as("axe-core violations on %s", page.url()).isEmpty();
    }
}
