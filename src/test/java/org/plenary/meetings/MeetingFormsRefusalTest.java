package org.plenary.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryTest;
import org.plenary.support.Api;
import org.plenary.support.Fixtures;
import org.plenary.support.Fixtures.Person;
import org.plenary.support.WebSession;

/**
 * A form of a meeting's page that the operation refuses comes back on the meeting's page, with the status of the
 * refusal, the reason beside the form and what was entered; nothing changes.
 */
class MeetingFormsRefusalTest extends PlenaryTest {

    private Api admin;
    private String process;
    private String page;
    private String apiPath;
    private Person officer;
    private Person firstDelegate;
    private String firstState;
    private String secondState;
    private String document;

    /** A meeting with two agenda items; two States Parties wait on the list of item 1; a document to file. */
    @BeforeEach
    void aMeetingWithTwoDelegationsWaiting() throws Exception {
        admin = admin();
        String treaty = Fixtures.aTreaty(admin);
        process = Fixtures.aProcess(admin, treaty);
        String code = admin.get("/processes/" + process).json().get("code").asString();
        officer = Fixtures.anOfficer(admin, process, "PRESIDENCY");
        firstState = Fixtures.aState(admin);
        secondState = Fixtures.aState(admin);
        Fixtures.recordStatus(admin, treaty, firstState, "STATE_PARTY", "2010-01-01");
        Fixtures.recordStatus(admin, treaty, secondState, "STATE_PARTY", "2010-01-01");
        firstDelegate = Fixtures.aDelegate(admin, firstState);
        Person secondDelegate = Fixtures.aDelegate(admin, secondState);
        String meeting = officer.api().post("/processes/" + process + "/meetings", Map.of("title", "Second Preparatory Meeting",
                "kind", "PREPARATORY_MEETING", "format", "IN_PERSON", "start", "2030-09-04T10:00:00+02:00",
                "end", "2030-09-04T13:00:00+02:00")).json().get("id").asString();
        apiPath = "/processes/" + process + "/meetings/" + meeting;
        page = "/processes/" + code + "/meetings/PM.1";
        assertThat(officer.api().put(apiPath + "/agenda", Map.of("status", "PROVISIONAL", "items",
                List.of(Map.of("title", "Opening"), Map.of("title", "General exchange of views")))).status())
                .isEqualTo(200);
        assertThat(firstDelegate.api().post(apiPath + "/speakers", Map.of("agendaItem", "1")).status()).isEqualTo(201);
        assertThat(secondDelegate.api().post(apiPath + "/speakers", Map.of("agendaItem", "1")).status()).isEqualTo(201);
        String boundary = "refusal-boundary";
        Api.Response published = officer.api().send("POST", "/processes/" + process + "/documents", "--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"metadata\"\r\nContent-Type: application/json\r\n\r\n"
                + "{\"title\":\"Information note\",\"type\":\"INFORMATION_NOTE\",\"distribution\":\"GENERAL\","
                + "\"originalLanguage\":\"en\"}\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"en\"; "
                + "filename=\"note.txt\"\r\nContent-Type: text/plain\r\n\r\nAn information note.\r\n--" + boundary
                + "--\r\n", "multipart/form-data; boundary=" + boundary);
        assertThat(published.status()).as(published.toString()).isEqualTo(201);
        document = published.json().get("id").asString();
    }

    @Test
    void anUnknownActionOnTheManagementPageIsRefusedOnThePage() {
        WebSession chair = WebSession.signIn(port, officer.username(), Fixtures.PASSWORD);
        chair.get(page + "/manage?lang=fr");

        HttpResponse<String> refused = chair.post(page + "/manage", Map.of("action", "teleport"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"manage-error\"", "Cette page ne propose pas cette action");
        chair.get(page + "/manage?lang=en");
    }

    @Test
    void theConsoleWorksWithoutJavaScriptAndComesBackToTheConsole() {
        WebSession chair = WebSession.signIn(port, officer.username(), Fixtures.PASSWORD);
        chair.get(page + "/console");

        HttpResponse<String> taken = chair.post(page + "/console/current", Map.of("agendaItem", "2"));

        assertThat(taken.statusCode()).isBetween(302, 303);
        java.net.URI console = java.net.URI.create(taken.headers().firstValue("Location").orElseThrow());
        assertThat(console.getPath() + "?" + console.getQuery()).isEqualTo(page + "/console?item=2");
        assertThat(chair.get(console.getPath() + "?" + console.getRawQuery()).body()).contains("Item 2 is taken up");
    }

    @Test
    void aReorderingWithoutReasonComesBackOpenWithThePositionsTyped() {
        WebSession chair = WebSession.signIn(port, officer.username(), Fixtures.PASSWORD);
        chair.get(page + "/console");
        List<String> waiting = waitingOnItemOne();
        Map<String, Object> before = snapshot();

        HttpResponse<String> refused = chair.post(page + "/console/reorder", Map.of("agendaItem", "1",
                "participants", waiting, "positions", List.of(2, 1), "reason", " "));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("<h1>Chair’s console – Second Preparatory Meeting</h1>",
                "id=\"reorder-error\"", "The reason for the new order is required")
                .containsPattern("id=\"console-pos-0\"[^>]*value=\"2\"")
                .containsPattern("id=\"console-pos-1\"[^>]*value=\"1\"");
        assertThat(snapshot()).isEqualTo(before);
        assertThat(waitingOnItemOne()).isEqualTo(waiting);
    }

    @Test
    void aStatementOfTheWrongKindComesBackWithItsTitleItemAndLanguage() {
        WebSession delegation = WebSession.signIn(port, firstDelegate.username(), Fixtures.PASSWORD);
        delegation.get(page);
        Map<String, Object> before = snapshot();

        HttpResponse<String> refused = delegation.postMultipart(page + "/statements", Map.of("agendaItem", "2",
                "title", "Statement on the general exchange", "language", "fr"), "file", "statement.txt",
                "text/plain", "Not a PDF".getBytes(StandardCharsets.UTF_8));

        assertThat(refused.statusCode()).isEqualTo(415);
        assertThat(refused.body()).contains("<h1 lang=\"en\">Second Preparatory Meeting</h1>", "id=\"statement-error\"",
                "statement.txt", "value=\"Statement on the general exchange\"", "<option value=\"2\" selected>",
                "<option value=\"fr\" selected>");
        assertThat(snapshot()).isEqualTo(before);

        HttpResponse<String> withoutFile = delegation.postMultipart(page + "/statements", Map.of("agendaItem", "2",
                "title", "Statement without its file", "language", "fr"), "file", "", "application/octet-stream",
                new byte[0]);
        assertThat(withoutFile.statusCode()).isEqualTo(400);
        assertThat(withoutFile.body()).contains("Choose the file of the statement",
                "value=\"Statement without its file\"");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aFilingUnderAnItemWrittenWronglyComesBackWithTheDocumentChosen() {
        WebSession chair = WebSession.signIn(port, officer.username(), Fixtures.PASSWORD);
        chair.get(page);
        Map<String, Object> before = snapshot();

        HttpResponse<String> refused = chair.post(page + "/documents", Map.of("document", document,
                "agendaItem", "item two"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"filing-error\"", "An agenda item is written like 5 or 5 (b)",
                "<option value=\"" + document + "\" selected>");
        assertThat(snapshot()).isEqualTo(before);
        assertThat(officer.api().get("/processes/" + process + "/documents/" + document).json().get("agendaItem")
                .isNull()).isTrue();
    }

    @Test
    void askingForTheFloorOnAClosedListShowsWhyBesideTheItem() {
        assertThat(officer.api().send("PATCH", apiPath + "/speakers-list", "{\"agendaItem\":\"2\",\"closed\":true}",
                "application/json").status()).isEqualTo(200);
        WebSession delegation = WebSession.signIn(port, firstDelegate.username(), Fixtures.PASSWORD);
        delegation.get(page);
        Map<String, Object> before = snapshot();

        HttpResponse<String> refused = delegation.post(page + "/floor", Map.of("agendaItem", "2", "action", "ask"));

        assertThat(refused.statusCode()).isEqualTo(409);
        String body = refused.body();
        assertThat(body).contains("<h1 lang=\"en\">Second Preparatory Meeting</h1>", "id=\"floor-error\"");
        assertThat(body.indexOf("id=\"floor-error\"")).as("the reason stands under item 2")
                .isGreaterThan(body.indexOf("General exchange of views"));
        assertThat(body).contains("The list of speakers for item 2 is closed");
        assertThat(snapshot()).isEqualTo(before);
    }

    private List<String> waitingOnItemOne() {
        return officer.api().get(apiPath + "/speakers?agendaItem=1").json().valueStream()
                .map(s -> s.get("participantId").asString()).toList();
    }
}
