package org.plenary.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.support.Fixtures.aDelegate;
import static org.plenary.support.Fixtures.aProcess;
import static org.plenary.support.Fixtures.aState;
import static org.plenary.support.Fixtures.aTreaty;
import static org.plenary.support.Fixtures.anOfficer;
import static org.plenary.support.Fixtures.recordStatus;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plenary.support.Api;
import org.plenary.support.Fixtures;

/**
 * A delegate types a comment over the limit into the views of a consultation: the count says so while typing; the
 * form comes back refused with the text as typed, the reason beside the field, the focus on it; and the refused
 * page has no accessibility violation.
 */
class RefusedFormBrowserTest extends BrowserJourney {

    @Test
    void aRefusedCommentComesBackTypedFocusedAndAccessible() {
        Api admin = admin();
        String treaty = aTreaty(admin);
        String process = aProcess(admin, treaty);
        String code = admin.get("/processes/" + process).json().get("code").asString();
        String state = aState(admin);
        recordStatus(admin, treaty, state, "STATE_PARTY", "2011-01-01");
        Fixtures.Person delegate = aDelegate(admin, state);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String consultation = anOfficer(admin, process, "PRESIDENCY").api().post("/processes/" + process
                + "/consultations", Map.of("title", "WP.4", "opens", now.minus(Duration.ofHours(1)).toString(),
                "closes", now.plus(Duration.ofDays(9)).toString(), "elements", List.of(
                        Map.of("ref", "1", "text", "Clear all remnants.")))).json().get("id").asString();
        String typed = "Ghana wishes to add a word. ".repeat(400).substring(0, 10_001);
        signIn(delegate.username(), Fixtures.PASSWORD);
        page.navigate(url("/processes/" + code + "/consultations/" + consultation + "/views"));

        page.locator("input[name='stance.1'][value=RETAIN]").check();
        page.locator("#comment-0").fill(typed);
        assertThat(page.locator("#comment-0-limit")).hasText("10,001 of 10,000 characters");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the views")).click();

        assertThat(page.locator("#comment-0-error")).containsText("“Comment” has 10,001 characters; the limit is 10,000");
        assertThat(page.locator("#comment-0")).hasValue(typed);
        assertThat(page.locator("#comment-0")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#comment-0")).isFocused();
        assertAccessible(page);
    }
}
