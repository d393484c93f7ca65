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
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.plenary.support.Api;
import org.plenary.support.Fixtures;

/**
 * A delegate types a comment over the limit into the views of a consultation: the count says so while typing; the
 * form comes back refused with the text as typed, the reason beside the field, the focus on it; and the refused
 * page has no accessibility violation; in English, and with 25,000 characters in French.
 */
class RefusedFormBrowserTest extends BrowserJourney {

    @Test
    void aRefusedCommentComesBackTypedFocusedAndAccessible() {
        String typed = "Ghana wishes to add a word. ".repeat(400).substring(0, 10_001);
        refusedComment(null, typed, "Save the views", "10,001 of 10,000 characters",
                "“Comment” has 10,001 characters; the limit is 10,000");
    }

    /** The case: 25,000 characters typed by a delegate who reads French. */
    @Test
    void twentyFiveThousandCharactersComeBackIntactWithTheReasonInFrench() {
        String typed = "Le Ghana souhaite ajouter un mot. ".repeat(800).substring(0, 25_000);
        refusedComment("fr", typed, "Enregistrer l’avis", "25.000 caractères sur 10.000",
                "«.Commentaire.» compte 25.000 caractères.; la limite est de 10.000");
    }

    /** Counter and reason are patterns: French groups digits with a narrow no-break space. */
    private void refusedComment(String language, String typed, String save, String counter, String reason) {
        Api admin = admin();
        String treaty = aTreaty(admin);
        String process = aProcess(admin, treaty);
        String code = admin.get("/processes/" + process).json().get("code").asString();
        String state = aState(admin);
        recordStatus(admin, treaty, state, "STATE_PARTY", "2011-01-01");
        Fixtures.Person delegate = aDelegate(admin, state);
        if (language != null) {
            assertThat(delegate.api().put("/me/language", Map.of("language", language)).status()).isEqualTo(200);
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String consultation = anOfficer(admin, process, "PRESIDENCY").api().post("/processes/" + process
                + "/consultations", Map.of("title", "WP.4", "opens", now.minus(Duration.ofHours(1)).toString(),
                "closes", now.plus(Duration.ofDays(9)).toString(), "elements", List.of(
                        Map.of("ref", "1", "text", "Clear all remnants.")))).json().get("id").asString();
        signIn(delegate.username(), Fixtures.PASSWORD);
        page.navigate(url("/processes/" + code + "/consultations/" + consultation + "/views"));

        page.locator("input[name='stance.1'][value=RETAIN]").check();
        page.locator("#comment-0").fill(typed);
        assertThat(page.locator("#comment-0-limit")).hasText(Pattern.compile(counter));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(save)).click();

        assertThat(page.locator("#comment-0-error")).containsText(Pattern.compile(reason));
        assertThat(page.locator("#comment-0")).hasValue(typed);
        assertThat(page.locator("#comment-0")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#comment-0")).isFocused();
        assertAccessible(page);
    }
}
