package org.plenary.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.plenary.support.Api;

/**
 * A Presidency officer circulates a silence procedure through its confirmation page, which announces how many
 * participants and e-mails it reaches, names a State Party without any address, and shows the circulation e-mail as
 * delegations read it; once circulated, the procedure's page reports the reach announced, and the mail server
 * receives exactly the e-mails announced.
 */
class CirculationConfirmBrowserTest extends BrowserJourney {

    @Test
    void thePresidencyCirculatesThroughTheConfirmationPageAndReachesWhomItAnnounced() {
        Api admin = admin();
        String treaty = treatyCode();
        admin.post("/treaties", Map.of("code", treaty, "title", "Convention on Cluster Munitions"));
        String code = unique("CONF");
        String process = admin.post("/processes", Map.of("code", code, "title", "Second Review Conference",
                "treaty", treaty, "timeZone", "Europe/Zurich", "languages", List.of("en", "fr", "es"),
                "silenceMinimumPeriod", "PT72H")).json().get("id").asString();
        String reached = unique("Norway");
        String unreached = unique("Palau");
        for (String name : List.of(reached, unreached)) {
            String state = admin.post("/participants", Map.of("name", name, "kind", "STATE")).json().get("id")
                    .asString();
            admin.put("/treaties/" + treaty + "/statuses/" + state, Map.of("status", "STATE_PARTY",
                    "since", "2010-08-01"));
            if (name.equals(reached)) {
                account("Delegate of Norway", state);
            }
        }
        String president = officer(process, "President", "PRESIDENCY");
        Api presidency = api().as(tokenFor(president, president + "-password"));
        String procedure = presidency.post("/processes/" + process + "/silence-procedures", Map.of(
                "subject", "Dates of the Intersessional Meeting", "proposal", "The meeting is held on 5 May.",
                "deadline", Instant.now().plus(5, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString()))
                .json().get("id").asString();

        signIn(president, president + "-password");
        page.navigate(url("/processes/" + code + "/silence-procedures/" + procedure));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Circulate to all delegations")).click();

        assertThat(page.locator("h1")).hasText("Circulate SP.1?");
        assertThat(page.locator("#confirm-may-object")).containsText("States Parties may break silence");
        assertThat(page.locator("#confirm-unreached")).containsText(unreached);
        assertThat(page.locator("#confirm-unreached")).not().containsText(reached);
        assertThat(page.locator("#confirm-mail-subject")).hasText("[" + code + " SP.1] "
                + "Silence procedure: Dates of the Intersessional Meeting");
        assertThat(page.locator("#confirm-mail-text")).containsText("The meeting is held on 5 May.");
        Matcher reach = Pattern.compile("goes to ([\\d,]+) participants of the process: ([\\d,]+|one) e-mails?")
                .matcher(page.locator("#confirm-reach").textContent());
        Assertions.assertThat(reach.find()).as(page.locator("#confirm-reach").textContent()).isTrue();
        int participants = Integer.parseInt(reach.group(1).replace(",", ""));
        int emails = reach.group(2).equals("one") ? 1 : Integer.parseInt(reach.group(2).replace(",", ""));
        int announcedUnreached = page.locator("#confirm-unreached li").count();
        assertAccessible(page);
        Assertions.assertThat(received(code)).as("nothing is sent before the confirmation").isZero();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Circulate now")).click();

        assertThat(page.locator(".alert[role=status]")).containsText("SP.1 is circulated");
        assertThat(page.locator("#circulation-coverage")).hasText("Its circulation e-mail went to "
                + String.format(Locale.UK, "%,d", participants - announcedUnreached) + " of the "
                + String.format(Locale.UK, "%,d", participants) + " participants of the process.");
        assertThat(page.locator("#circulation-unreached li")).hasCount(announcedUnreached);
        await().atMost(Duration.ofMinutes(3)).until(() -> received(code) >= emails);
        Assertions.assertThat(received(code)).as("e-mails received for the circulation").isEqualTo(emails);
    }

    private static long received(String code) {
        return Arrays.stream(MAIL.getReceivedMessages()).filter(m -> subject(m).startsWith("[" + code + " SP.1]"))
                .count();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
