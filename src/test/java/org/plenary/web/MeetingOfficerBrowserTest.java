package org.plenary.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.support.Api;

/**
 * The officers' journeys that were API-only: move a meeting with a reason and see it in the history, reorder a
 * speakers' list, print the list of participants a delegation registered for, and cancel with a confirmation.
 */
class MeetingOfficerBrowserTest extends BrowserJourney {

    private String code;
    private String chair;
    private String delegate;
    private String switzerland;
    private String icrcName;
    private String meetingPage;

    @BeforeEach
    void aPreparatoryMeetingWithTwoDelegationsAskingForTheFloor() {
        Api admin = admin();
        String treaty = treatyCode();
        admin.post("/treaties", Map.of("code", treaty, "title", "Convention on Cluster Munitions"));
        code = unique("PM");
        String process = admin.post("/processes", Map.of("code", code, "title", "Second Review Conference",
                "treaty", treaty, "timeZone", "Europe/Zurich", "languages", List.of("en", "fr", "es")))
                .json().get("id").asString();
        switzerland = unique("Switzerland");
        String state = admin.post("/participants", Map.of("name", switzerland, "kind", "STATE")).json()
                .get("id").asString();
        admin.put("/treaties/" + treaty + "/statuses/" + state, Map.of("status", "STATE_PARTY", "since", "2012-07-17"));
        icrcName = unique("ICRC");
        String icrc = admin.post("/participants", Map.of("name", icrcName, "kind", "ORGANISATION",
                "organisationType", "NON_GOVERNMENTAL_ORGANISATION")).json().get("id").asString();
        delegate = account("Delegate of Switzerland", state);
        String observer = account("Delegate of the ICRC", icrc);
        chair = officer(process, "President", "PRESIDENCY");
        Api presidency = api().as(tokenFor(chair, chair + "-password"));
        String meeting = presidency.post("/processes/" + process + "/meetings", Map.of(
                "title", "First Preparatory Meeting", "kind", "PREPARATORY_MEETING", "format", "VIRTUAL",
                "start", "2020-06-08T10:00:00+02:00", "end", "2020-06-08T13:00:00+02:00")).json().get("id").asString();
        String path = "/processes/" + process + "/meetings/" + meeting;
        presidency.put(path + "/agenda", Map.of("status", "PROVISIONAL", "items", List.of(Map.of("title", "Opening"),
                Map.of("title", "Date of the meeting"))));
        presidency.put(path + "/sessions", List.of(Map.of("start", "2020-06-08T10:00:00+02:00",
                "end", "2020-06-08T12:00:00+02:00")));
        for (String who : List.of(observer, delegate)) {
            api().as(tokenFor(who, who + "-password")).post(path + "/speakers", Map.of("agendaItem", "2"));
        }
        meetingPage = "/processes/" + code + "/meetings/" + meeting;
    }

    @Test
    void theChairMovesTheMeetingWithAReasonAndTheHistoryShowsIt() {
        signIn(chair, chair + "-password");
        page.navigate(url(meetingPage));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Manage the meeting")).click();
        page.getByLabel("Date", new Page.GetByLabelOptions().setExact(true)).fill("2020-06-29");
        page.getByLabel("Reason", new Page.GetByLabelOptions().setExact(true)).first().fill("COVID-19 restrictions");
        page.getByLabel("Decision (e.g. silence procedure of 26 June 2020)").first()
                .fill("Silence procedure of 26 June 2020");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Move to new dates")).click();
        assertThat(page.locator("h1")).hasText("Move First Preparatory Meeting?");
        assertThat(page.locator("#confirm-new-dates")).containsText("29 June 2020");
        assertThat(page.locator("#confirm-past")).containsText("These dates are in the past.");
        assertThat(page.locator("#confirm-mail-subject")).hasText("Meeting moved: First Preparatory Meeting");
        assertThat(page.locator("#confirm-mail-text")).containsText("29 June 2020");
        assertThat(page.locator("#confirm-mail-text")).containsText("Reason: COVID-19 restrictions");
        assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Move the meeting")).click();
        assertThat(page.locator("[role=status]")).containsText("First Preparatory Meeting is moved to its new dates");
        assertThat(page.locator("dl.facts")).containsText("29 June 2020");

        page.navigate(url(meetingPage + "/manage"));
        assertThat(page.locator(".history")).containsText("8 June 2020");
        assertThat(page.locator(".history")).containsText("Reason: COVID-19 restrictions.");
        assertThat(page.locator(".history")).containsText("Decision: Silence procedure of 26 June 2020.");
        assertThat(page.locator("#sessions-title + ol")).containsText("29 June 2020");

        page.getByLabel("Sessions, one per line").fill("2020-06-29 10:00-14:00");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the sessions")).click();
        assertThat(page.locator("#sessions-error")).containsText("Session 1 lies outside the meeting");

        page.locator("#p-reason").fill("The venue is closed");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Postpone until a new date is decided"))
                .click();
        assertThat(page.locator("h1")).hasText("Postpone First Preparatory Meeting?");
        assertThat(page.locator("#confirm-mail-text")).containsText("The venue is closed");
        assertAccessible(page);
        page.navigate(url(meetingPage + "/manage"));

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel the meeting")).click();
        assertThat(page.locator("h1")).hasText("Cancel First Preparatory Meeting?");
        assertThat(page.locator("#confirm-irreversible")).containsText("Cancelling cannot be undone");
        assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm the cancellation")).click();
        assertThat(page.locator("[role=status]")).containsText("First Preparatory Meeting is cancelled");
        assertThat(page.locator("dl.facts .badge")).hasText("Cancelled");
    }

    @Test
    void aDelegationSubmitsAStatementAndTheChairFilesAPaperThatTheAgendaListsUnderItsItem() throws Exception {
        Api presidency = api().as(tokenFor(chair, chair + "-password"));
        String processId = presidency.get("/processes/" + code).json().get("id").asString();
        String symbol = "CCM/MSP/2020/WP." + (int) (Math.random() * 9000 + 1);
        String boundary = "journey-boundary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"metadata\"\r\n"
                + "Content-Type: application/json\r\n\r\n{\"symbol\":\"" + symbol + "\","
                + "\"title\":\"Possible dates of the meeting\",\"type\":\"WORKING_PAPER\",\"distribution\":\"GENERAL\","
                + "\"originalLanguage\":\"en\"}\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"en\"; "
                + "filename=\"wp1.txt\"\r\nContent-Type: text/plain\r\n\r\nPossible dates.\r\n--" + boundary + "--\r\n";
        assertThat(presidency.send("POST", "/processes/" + processId + "/documents", body,
                "multipart/form-data; boundary=" + boundary).status()).isEqualTo(201);

        signIn(delegate, delegate + "-password");
        page.navigate(url(meetingPage));
        page.getByLabel("Agenda item").first().selectOption("2");
        page.getByLabel("Title of the statement").fill("Statement of Switzerland on the date");
        page.getByLabel("File (PDF or Word)").setInputFiles(new FilePayload("statement.pdf", "application/pdf",
                pdf("Switzerland agrees with 29 June")));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit the statement")).click();
        assertThat(page.locator("[role=status]")).containsText("Your statement on item 2 is published");
        assertThat(page.locator(".agenda-item").last().locator(".filed"))
                .containsText("Statement of Switzerland on the date");
        assertThat(page.locator(".agenda-item").last().locator(".filed")).containsText(switzerland);

        Page chairPage = anotherBrowser();
        signIn(chairPage, chair, chair + "-password");
        chairPage.navigate(url(meetingPage));
        chairPage.getByLabel("Document", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new SelectOption().setLabel(symbol + " – Possible dates of the meeting"));
        chairPage.locator("#fd-item").selectOption("2");
        chairPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("File the document")).click();
        assertThat(chairPage.locator("[role=status]")).containsText("The document is filed under item 2");

        chairPage.navigate(url(meetingPage + "/agenda"));
        assertThat(chairPage.locator("h1")).hasText("Provisional agenda");
        assertThat(chairPage.locator("ol.items > li").last()).containsText(symbol + " – Possible dates of the meeting");
        assertThat(chairPage.locator("ol.items > li").last()).containsText("Statement of Switzerland on the date ("
                + switzerland + ")");
    }

    private static byte[] pdf(String text) throws Exception {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage pdfPage = new PDPage();
            pdf.addPage(pdfPage);
            try (PDPageContentStream content = new PDPageContentStream(pdf, pdfPage)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            pdf.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void theChairReordersTheSpeakersAndPrintsTheListOfParticipants() throws Exception {
        signIn(delegate, delegate + "-password");
        page.navigate(url(meetingPage + "/attendance"));
        page.getByLabel("Name, row 1").fill("Felix Baumann");
        page.getByLabel("Function, row 1").fill("Ambassador, Permanent Representative");
        page.getByLabel("Speaker, row 1").check();
        page.getByLabel("Name, row 2").fill("Anna Muster");
        page.getByLabel("Speaker, row 2").check();
        page.getByLabel("Name, row 3").fill("Third Speaker");
        page.getByLabel("Speaker, row 3").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the delegation")).click();
        assertThat(page.locator("#attendance-error")).containsText("at most 2 speakers");
        page.getByLabel("Speaker, row 3").uncheck();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the delegation")).click();
        assertThat(page.locator("[role=status]")).containsText("Your delegation to First Preparatory Meeting is registered");
        assertThat(page.getByLabel("Function, row 1")).hasValue("Ambassador, Permanent Representative");

        Page chairPage = anotherBrowser();
        signIn(chairPage, chair, chair + "-password");
        chairPage.navigate(url(meetingPage + "/console?item=2"));
        assertThat(chairPage.locator("#console-list ol.speakers li").first()).containsText(switzerland);
        chairPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Reorder the list of speakers for item 2")).click();
        chairPage.getByLabel("Position of " + switzerland).fill("2");
        chairPage.getByLabel("Position of " + icrcName).fill("1");
        chairPage.getByLabel("Reason for the new order").fill("The ICRC must leave early");
        chairPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the new order of item 2")).click();
        assertThat(chairPage.locator("#console-status")).containsText("The list of speakers for item 2 is reordered");
        assertThat(chairPage.locator("#console-list ol.speakers li").last()).containsText(switzerland);
        assertThat(chairPage.locator("#console-list")).containsText("Reordered by the chair: The ICRC must leave early");

        chairPage.navigate(url(meetingPage + "/attendance"));
        assertThat(chairPage.locator("main")).containsText("Felix Baumann, Ambassador, Permanent Representative");
        APIResponse pdf = chairPage.request().get(url(meetingPage + "/participants.pdf"));
        assertThat(pdf.status()).isEqualTo(200);
        String text = new PDFTextStripper().getText(Loader.loadPDF(pdf.body())).replaceAll("\\s+", " ");
        assertThat(text).contains("List of participants", "States Parties", "Felix Baumann, Ambassador, Permanent Representative");
        assertThat(text.toUpperCase(Locale.ROOT)).contains(switzerland.toUpperCase(Locale.ROOT));
        assertThat(page.request().get(url(meetingPage + "/participants.pdf")).status())
                .as("a delegate may not print the list of participants").isEqualTo(403);
        assertThat(page.request().get(url(meetingPage + "/manage")).status())
                .as("a delegate may not manage the meeting").isEqualTo(403);
    }
}
