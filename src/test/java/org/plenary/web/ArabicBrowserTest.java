package org.plenary.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.plenary.support.Api;

/**
 * A delegate whose account reads Arabic: the silence procedure's page is in Arabic, right to left, its symbols
 * kept left to right; the delegate objects in Arabic; the page passes axe-core's accessibility rules, and a
 * screenshot of it is kept with the test reports, to be checked by eye.
 */
class ArabicBrowserTest extends BrowserJourney {

    static final Path SCREENSHOT = Path.of("target/surefire-reports/screenshots/arabic-silence-procedure.png");

    @Test
    void aDelegateReadsASilenceProcedureInArabicAndObjects() {
        Api admin = admin();
        String treaty = treatyCode();
        admin.post("/treaties", Map.of("code", treaty, "title", "Convention on Cluster Munitions"));
        String code = unique("AR");
        String process = admin.post("/processes", Map.of("code", code, "title", "Second Review Conference",
                "treaty", treaty, "timeZone", "Europe/Zurich", "languages", List.of("ar", "en", "fr"),
                "silenceMinimumPeriod", "PT72H")).json().get("id").asString();
        String state = admin.post("/participants", Map.of("name", unique("Syrian Arab Republic"), "kind", "STATE"))
                .json().get("id").asString();
        admin.put("/treaties/" + treaty + "/statuses/" + state, Map.of("status", "STATE_PARTY", "since", "2010-08-01"));
        String delegate = arabicReader(state);
        String president = officer(process, "President", "PRESIDENCY");
        Api presidency = admin.as(org.plenary.support.Fixtures.signIn(admin, president, president + "-password"));
        String procedure = presidency.post("/processes/" + process + "/silence-procedures", Map.of(
                "subject", "Date of the First Preparatory Meeting",
                "proposal", "The First Preparatory Meeting is held on 29 June 2020.",
                "deadline", Instant.now().plus(Duration.ofDays(4)).truncatedTo(ChronoUnit.SECONDS).toString()))
                .json().get("id").asString();
        presidency.post("/processes/" + process + "/silence-procedures/" + procedure + "/circulate", null);

        signIn(delegate, delegate + "-password");
        page.navigate(url("/processes/" + code + "/silence-procedures/" + procedure));

        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        assertThat(page.locator("html")).hasAttribute("lang", "ar");
        assertThat(page.locator("h1 .symbol")).hasAttribute("dir", "ltr");
        assertThat(page.locator("h1 .symbol")).containsText("SP.1");
        assertThat(page.locator("main")).containsText("توقيت جنيف (UTC+");
        assertThat(page.locator("[data-countdown]")).containsText("أيام");
        assertAccessible(page);

        page.getByLabel("الاعتراض، مع بيان سببه").fill("لا يمكن لوفدنا الحضور في 29 حزيران/يونيه.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("اعتراض").setExact(true)).click();
        assertThat(page.locator(".alert.error")).containsText("يكسر هذا الصمت");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("الاعتراض وكسر الصمت")).click();

        assertThat(page.locator("[role=status]")).containsText("مرجع الاستلام");
        assertThat(page.locator("#procedure-status")).hasText("كُسر الصمت");
        Assertions.assertThat(page.locator("main").innerText()).doesNotContain("PT72H").doesNotContain("(Z)");
        assertAccessible(page);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOT).setFullPage(true));
        System.out.println("[[ATTACHMENT|" + SCREENSHOT.toAbsolutePath() + "]]");
    }

    /** A delegate account of {@code state} whose language is Arabic; returns its username. */
    private String arabicReader(String state) {
        String username = unique("user").toLowerCase();
        Map<String, Object> body = new HashMap<>(Map.of("username", username, "password", username + "-password",
                "displayName", "مندوب الجمهورية العربية السورية", "email", username + "@example.org",
                "participantId", state, "language", "ar"));
        Assertions.assertThat(admin().post("/users", body).status()).isEqualTo(201);
        return username;
    }
}
