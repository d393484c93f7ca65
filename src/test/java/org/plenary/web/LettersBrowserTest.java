package org.plenary.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * The Secretariat writes a letter to the States Parties with a working paper attached; the Presidency
 * previews it as a formal letter, downloads the PDF, confirms sending knowing whom it reaches, and watches
 * the dispatch record until the e-mail is sent. The delegate of a State Party reads the letter; the
 * delegate of a signatory, not addressed, sees no letter and cannot open it.
 */
class LettersBrowserTest extends BrowserJourney {

    private static final String SUBJECT = "Preparation of the Second Review Conference <img src=x onerror=alert(1)>";

    @Test
    void theSecretariatWritesThePresidencySendsAndTheAddressedDelegationReads() throws Exception {
        MAIL.purgeEmailFromAllMailboxes();
        var admin = admin();
        String treaty = treatyCode();
        String party = unique("Switzerland");
        String signatory = unique("Angola");
        admin.post("/treaties", Map.of("code", treaty, "title", "Convention on Cluster Munitions"));
        var imported = admin.send("POST", "/treaties/" + treaty + "/statuses", "name,iso3,status,since\n" + party
                + ",,STATE_PARTY,2012-07-17\n" + signatory + ",,SIGNATORY,2008-12-03\n", "text/csv");
        Assertions.assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        String code = unique("CCM-2RC");
        String process = admin.post("/processes", Map.of("code", code, "title", "Second Review Conference",
                "treaty", treaty, "timeZone", "Europe/Zurich", "languages", List.of("en", "fr"))).json().get("id")
                .asString();
        String secretariat = officer(process, "Secretariat", "SECRETARIAT");
        String president = officer(process, "President", "PRESIDENCY");
        String partyDelegate = account("Delegate of " + party, participant(party));
        String signatoryDelegate = account("Delegate of " + signatory, participant(signatory));
        String symbol = treaty + "/CONF/2020/WP.4";
        publish(process, secretariat, symbol);
        String reference = unique("BFX/BERAL");

        signIn(secretariat, secretariat + "-password");
        page.navigate(url("/processes/" + code + "/letters"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Write a letter")).click();
        page.getByLabel("Reference").fill(reference);
        page.getByLabel("Place", new Page.GetByLabelOptions().setExact(true)).fill("Geneva");
        page.getByLabel("Date", new Page.GetByLabelOptions().setExact(true)).fill("2020-06-18");
        page.getByLabel("Subject").fill(SUBJECT);
        page.getByLabel("Text of the letter").fill("Excellency,\n\nI have the honour to invite **your views** on Working Paper 4.");
        Assertions.assertThat(page.getByLabel("States Parties").isChecked()).isTrue();
        page.getByLabel(symbol).check();
        page.getByLabel("Signatory", new Page.GetByLabelOptions().setExact(true)).fill("Félix Baumann");
        page.getByLabel("Title of the signatory").fill("President of the Second Review Conference");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the draft")).click();

        assertThat(page.locator("main [role=status]")).containsText("The letter " + reference + " has been saved as a draft.");
        assertThat(page.locator("h1")).hasText(reference + " " + SUBJECT);
        assertThat(page.locator("dl.facts")).containsText("Draft");
        assertThat(page.locator("dl.facts")).containsText(symbol);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Send…"))).hasCount(0);
        assertThat(page.locator(".actions")).containsText("Only the Presidency may send letters.");
        String letterPage = page.url();

        page.context().clearCookies();
        signIn(president, president + "-password");
        page.navigate(letterPage);
        FrameLocator preview = page.frameLocator("iframe.letter-preview");
        assertThat(preview.locator("h1.subject")).hasText(SUBJECT);
        assertThat(preview.locator(".body strong")).hasText("your views");
        assertThat(preview.locator(".reference")).hasText(reference);
        assertThat(preview.locator(".attachments")).containsText(symbol);
        String pdfLink = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download the PDF"))
                .getAttribute("href");
        APIResponse pdf = page.request().get(url(pdfLink));
        Assertions.assertThat(pdf.status()).isEqualTo(200);
        Assertions.assertThat(pdf.headers().get("content-type")).isEqualTo("application/pdf");
        Assertions.assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Send…")).click();
        assertThat(page.locator("h1")).hasText("Send the letter " + reference);
        assertThat(page.locator("#confirm-past")).containsText("The letter is dated 18 June 2020, in the past.");
        assertThat(page.locator("main")).containsText("the letter goes to one participant: one e-mail");
        assertThat(page.locator("main")).containsText("cannot be undone");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the letter")).click();

        assertThat(page.locator("main [role=status]").first())
                .containsText("The letter " + reference + " has been sent. Participants addressed: 1; e-mails queued: 1.");
        assertThat(page.locator("dl.facts")).containsText("Sent");
        assertThat(page.locator("#dispatch-progress"))
                .hasText("Queued: 0. Sent: 1. Failed: 0.", new LocatorAssertions.HasTextOptions().setTimeout(30_000));
        Locator row = page.locator("#dispatches tbody tr");
        assertThat(row).hasCount(1);
        assertThat(row.locator("th")).hasText(party);
        assertThat(row).containsText(partyDelegate + "@example.org");
        assertThat(row).containsText("Sent");
        assertThat(row).containsText("Geneva time (UTC+");
        Assertions.assertThat(Arrays.stream(MAIL.getReceivedMessages()).filter(message -> addressedTo(message,
                partyDelegate + "@example.org"))).as("one e-mail, to the one delegate addressed (other tests' "
                + "outboxes may deliver meanwhile)").hasSize(1);

        page.context().clearCookies();
        signIn(partyDelegate, partyDelegate + "-password");
        assertThat(page).hasURL(url("/desk"));
        assertThat(page.locator(".desk-item", new Page.LocatorOptions().setHasText(reference)).locator(".state"))
                .hasText("New");
        page.navigate(url("/processes/" + code + "/letters"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(reference)).click();
        assertThat(page.locator("h1")).hasText(reference + " " + SUBJECT);
        assertThat(page.locator("#dispatch-title")).hasCount(0);
        assertThat(page.frameLocator("iframe.letter-preview").locator("h1.subject")).hasText(SUBJECT);

        page.context().clearCookies();
        signIn(signatoryDelegate, signatoryDelegate + "-password");
        page.navigate(url("/processes/" + code + "/letters"));
        assertThat(page.locator("main")).containsText("There are no letters yet.");
        assertThat(page.locator("main")).not().containsText(reference);
        var hidden = page.navigate(letterPage);
        Assertions.assertThat(hidden.status()).isEqualTo(404);
        Assertions.assertThat(page.locator("main img, main script:not([src])").count()).isZero();
    }

    private String participant(String name) {
        return admin().get("/participants.json").json().valueStream()
                .filter(p -> p.get("name").asString().equals(name)).findFirst().orElseThrow().get("id").asString();
    }

    private void publish(String process, String officer, String symbol) {
        String metadata = "{\"symbol\": \"" + symbol + "\", \"title\": \"Possible elements of the Lausanne Action Plan\", "
                + "\"type\": \"WORKING_PAPER\", \"distribution\": \"GENERAL\", \"originalLanguage\": \"en\"}";
        APIResponse published = page.request().post(url("/api/v1/processes/" + process + "/documents"),
                RequestOptions.create().setHeader("Authorization", "Bearer " + tokenFor(officer, officer + "-password"))
                        .setMultipart(FormData.create()
                                .set("metadata", new FilePayload("metadata.json", "application/json",
                                        metadata.getBytes(StandardCharsets.UTF_8)))
                                .set("en", new FilePayload("wp4.txt", "text/plain",
                                        "Possible elements.".getBytes(StandardCharsets.UTF_8)))));
        Assertions.assertThat(published.status()).as(published.text()).isEqualTo(201);
    }

    private static boolean addressedTo(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getAllRecipients()).anyMatch(to -> to.toString().contains(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
