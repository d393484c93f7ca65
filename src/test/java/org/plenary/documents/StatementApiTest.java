package org.plenary.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryTest;
import org.plenary.support.Api;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Written statements of delegations on an agenda item, and documents filed against a meeting's agenda: the
 * meeting must be one of the process and the item one of its agenda.
 */
class StatementApiTest extends PlenaryTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private String process;
    private String code;
    private String officer;
    private String delegate;
    private String stateName;
    private String meeting;

    @BeforeEach
    void aMeetingWithAnAgendaAndADelegation() {
        Api admin = admin();
        String treaty = unique("T").toUpperCase();
        admin.post("/treaties", Map.of("code", treaty, "title", "Treaty"));
        code = unique("P");
        process = admin.post("/processes", Map.of("code", code, "title", "Conference", "treaty", treaty,
                "timeZone", "Europe/Zurich", "languages", List.of("en", "fr", "es"))).json().get("id").asString();
        String officerName = unique("officer");
        String officerId = admin.post("/users", Map.of("username", officerName, "password", "officer-password",
                "displayName", "Officer", "email", "o@example.org")).json().get("id").asString();
        admin.post("/processes/" + process + "/officers", Map.of("userId", officerId, "role", "SECRETARIAT"));
        officer = tokenFor(officerName, "officer-password");
        stateName = unique("Switzerland");
        String state = admin.post("/participants", Map.of("name", stateName, "kind", "STATE")).json()
                .get("id").asString();
        String delegateName = unique("delegate");
        admin.post("/users", Map.of("username", delegateName, "password", "delegate-password", "displayName",
                "Delegate", "email", "d@example.org", "participantId", state));
        delegate = tokenFor(delegateName, "delegate-password");
        Api chair = api().as(officer);
        meeting = chair.post("/processes/" + process + "/meetings", Map.of("title", "Second Preparatory Meeting",
                "kind", "PREPARATORY_MEETING", "format", "IN_PERSON", "start", "2020-09-04T10:00:00+02:00",
                "end", "2020-09-04T13:00:00+02:00")).json().get("id").asString();
        chair.put("/processes/" + process + "/meetings/" + meeting + "/agenda", Map.of("status", "PROVISIONAL",
                "items", List.of(Map.of("title", "Opening"), Map.of("title", "Exchange of views",
                        "items", List.of(Map.of("title", "Review"), Map.of("title", "Lausanne Action Plan"))))));
    }

    private HttpResponse<String> statement(String token, Object meetingId, String item, String fileName,
            byte[] file) {
        String metadata = "{\"title\":\"Statement on the Lausanne Action Plan\",\"meetingId\":"
                + (meetingId == null ? "null" : "\"" + meetingId + "\"") + ",\"agendaItem\":\"" + item
                + "\",\"originalLanguage\":\"en\"}";
        try {
            return new Multipart().json("metadata", metadata).file("en", fileName, "application/octet-stream", file)
                    .post("http://localhost:" + port + "/api/v1/processes/" + process + "/documents/statements", token);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> unchangedDocuments(Supplier<HttpResponse<String>> request) {
        Map<String, Object> before = snapshot();
        HttpResponse<String> response = request.get();
        assertThat(snapshot()).as("database after %s", response.body()).isEqualTo(before);
        return response;
    }

    @Test
    void aDelegationSubmitsAStatementOnAnItemInItsOwnName() throws Exception {
        HttpResponse<String> created = statement(delegate, meeting, "2 (b)", "statement.pdf",
                Multipart.pdf("Switzerland supports the Lausanne Action Plan"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode d = JSON.readTree(created.body());
        assertThat(d.get("type").asString()).isEqualTo("STATEMENT");
        assertThat(d.get("submittedBy").asString()).isEqualTo(stateName);
        assertThat(d.get("meetingId").asString()).isEqualTo(meeting);
        assertThat(d.get("agendaItem").asString()).isEqualTo("2 (b)");
        assertThat(count("select count(*) from audit_entry where action = 'documents.statement.submitted' "
                + "and object_id = ?", d.get("id").asString())).isEqualTo(1);

        HttpResponse<String> word = statement(delegate, meeting, "1", "statement.docx",
                Multipart.docx("Opening statement"));
        assertThat(word.statusCode()).as(word.body()).isEqualTo(201);
    }

    @Test
    void anOfficerSubmitsAStatementInTheNameItGives() throws Exception {
        String metadata = "{\"title\":\"Opening statement of the President\",\"meetingId\":\"" + meeting
                + "\",\"agendaItem\":\"1\",\"originalLanguage\":\"fr\",\"distribution\":\"LIMITED\","
                + "\"submittedBy\":\"the President\"}";
        HttpResponse<String> created = new Multipart().json("metadata", metadata)
                .file("fr", "statement.pdf", "application/pdf", Multipart.pdf("Declaration liminaire"))
                .post("http://localhost:" + port + "/api/v1/processes/" + process + "/documents/statements", officer);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode d = JSON.readTree(created.body());
        assertThat(d.get("submittedBy").asString()).isEqualTo("the President");
        assertThat(d.get("distribution").asString()).isEqualTo("LIMITED");
        assertThat(d.hasNonNull("symbol")).isFalse();

        String restricted = metadata.replace("LIMITED", "RESTRICTED");
        HttpResponse<String> refused = unchangedDocuments(() -> {
            try {
                return new Multipart().json("metadata", restricted)
                        .file("fr", "statement.pdf", "application/pdf", Multipart.pdf("x"))
                        .post("http://localhost:" + port + "/api/v1/processes/" + process + "/documents/statements",
                                officer);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(refused.statusCode()).isEqualTo(400);
    }

    @Test
    void refusesAStatementOnAnUnknownMeetingOrItemOrThatIsNotPdfOrWord() {
        assertThat(unchangedDocuments(() -> statement(delegate, meeting, "7", "s.pdf", Multipart.pdf("x")))
                .statusCode()).isEqualTo(400);
        assertThat(unchangedDocuments(() -> statement(delegate, UUID.randomUUID(), "1", "s.pdf", Multipart.pdf("x")))
                .statusCode()).isEqualTo(400);
        assertThat(unchangedDocuments(() -> statement(delegate, null, "1", "s.pdf", Multipart.pdf("x")))
                .statusCode()).isEqualTo(400);
        assertThat(unchangedDocuments(() -> statement(delegate, meeting, "1", "s.txt",
                "plain words".getBytes(java.nio.charset.StandardCharsets.UTF_8))).statusCode()).isEqualTo(415);
        assertThat(unchangedDocuments(() -> statement(null, meeting, "1", "s.pdf", Multipart.pdf("x")))
                .statusCode()).isEqualTo(401);
        String username = unique("reader");
        admin().post("/users", Map.of("username", username, "password", "reader-password", "displayName", "Reader",
                "email", "r@example.org"));
        String reader = tokenFor(username, "reader-password");
        HttpResponse<String> neither = unchangedDocuments(() -> statement(reader, meeting, "1", "s.pdf",
                Multipart.pdf("x")));
        assertThat(neither.statusCode()).isEqualTo(403);
        assertThat(neither.body()).contains("Only delegations and the officers of the process may submit statements");
    }

    @Test
    void officersFileDocumentsAgainstAnItemOfAMeetingOfTheProcessOnly() throws Exception {
        String wp = "{\"title\":\"Working Paper 4\",\"type\":\"WORKING_PAPER\",\"distribution\":\"GENERAL\","
                + "\"originalLanguage\":\"en\"";
        String url = "http://localhost:" + port + "/api/v1/processes/" + process + "/documents";
        HttpResponse<String> wrongItem = unchangedDocuments(() -> post(url, wp + ",\"meetingId\":\"" + meeting
                + "\",\"agendaItem\":\"9\"}"));
        assertThat(wrongItem.statusCode()).as(wrongItem.body()).isEqualTo(400);
        assertThat(unchangedDocuments(() -> post(url, wp + ",\"meetingId\":\"" + UUID.randomUUID() + "\"}"))
                .statusCode()).isEqualTo(400);
        HttpResponse<String> created = post(url, wp + "}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = JSON.readTree(created.body()).get("id").asString();

        String path = "/processes/" + process + "/documents/" + id + "/agenda-item";
        Map<String, Object> link = Map.of("meetingId", meeting, "agendaItem", "2 (b)");
        assertThat(unchanged(() -> api().as(delegate).put(path, link)).status()).isEqualTo(403);
        assertThat(unchanged(() -> api().as(officer).put(path, Map.of("meetingId", meeting, "agendaItem", "2 (z)")))
                .status()).isEqualTo(400);
        assertThat(unchanged(() -> api().as(officer).put(path, Map.of("agendaItem", "2 (b)"))).status())
                .isEqualTo(400);
        Api.Response linked = api().as(officer).put(path, link);
        assertThat(linked.status()).as(linked.text()).isEqualTo(200);
        assertThat(linked.json().get("agendaItem").asString()).isEqualTo("2 (b)");
        assertThat(count("select count(*) from audit_entry where action = 'documents.document.filed' "
                + "and object_id = ?", id)).isEqualTo(1);
    }

    @Test
    void theDocumentsPageShowsTheDocumentsOfOneMeeting() throws Exception {
        assertThat(statement(delegate, meeting, "2 (b)", "s.pdf", Multipart.pdf("x")).statusCode()).isEqualTo(201);
        String url = "http://localhost:" + port + "/api/v1/processes/" + process + "/documents";
        assertThat(post(url, "{\"title\":\"Unrelated information note\",\"type\":\"INFORMATION_NOTE\","
                + "\"distribution\":\"GENERAL\",\"originalLanguage\":\"en\"}").statusCode()).isEqualTo(201);
        HttpClient http = HttpClient.newHttpClient();
        String page = "http://localhost:" + port + "/processes/" + code + "/documents";
        String all = http.send(HttpRequest.newBuilder(URI.create(page)).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        assertThat(all).contains("Statement on the Lausanne Action Plan", "Unrelated information note",
                "Second Preparatory Meeting");
        HttpResponse<String> ofMeeting = http.send(HttpRequest.newBuilder(URI.create(page + "?meeting=" + meeting))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(ofMeeting.statusCode()).isEqualTo(200);
        assertThat(ofMeeting.body()).contains("Statement on the Lausanne Action Plan", "Documents of Second Preparatory Meeting")
                .doesNotContain("Unrelated information note");
        assertThat(http.send(HttpRequest.newBuilder(URI.create(page + "?meeting=" + UUID.randomUUID())).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> post(String url, String metadata) {
        try {
            return new Multipart().json("metadata", metadata).file("en", "wp4.pdf", "application/pdf",
                    Multipart.pdf("Working Paper 4")).post(url, officer);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
