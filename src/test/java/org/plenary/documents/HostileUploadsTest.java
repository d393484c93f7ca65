package org.plenary.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryTest;
import org.plenary.support.Api;
import org.plenary.support.HostileFiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Files that expand to hundreds of megabytes cost the server a bounded amount: the upload is stored and answered
 * at once, the text is extracted afterwards within limits, and a file beyond them is kept without searchable text.
 */
class HostileUploadsTest extends PlenaryTest {

    private String process;
    private String officer;
    private String delegate;
    private String meeting;

    @BeforeEach
    void aMeetingWithAnAgendaAndADelegation() {
        Api admin = admin();
        String treaty = unique("T").toUpperCase();
        admin.post("/treaties", Map.of("code", treaty, "title", "Treaty"));
        process = admin.post("/processes", Map.of("code", unique("P"), "title", "Conference", "treaty", treaty,
                "timeZone", "Europe/Zurich", "languages", List.of("en", "fr"))).json().get("id").asString();
        String officerName = unique("officer");
        String officerId = admin.post("/users", Map.of("username", officerName, "password", "officer-password",
                "displayName", "Officer", "email", "o@example.org")).json().get("id").asString();
        admin.post("/processes/" + process + "/officers", Map.of("userId", officerId, "role", "SECRETARIAT"));
        officer = tokenFor(officerName, "officer-password");
        String state = admin.post("/participants", Map.of("name", unique("State"), "kind", "STATE")).json()
                .get("id").asString();
        String delegateName = unique("delegate");
        admin.post("/users", Map.of("username", delegateName, "password", "delegate-password", "displayName",
                "Delegate", "email", "d@example.org", "participantId", state));
        delegate = tokenFor(delegateName, "delegate-password");
        meeting = api().as(officer).post("/processes/" + process + "/meetings", Map.of("title", "Meeting",
                "kind", "PREPARATORY_MEETING", "format", "IN_PERSON", "start", "2020-09-04T10:00:00+02:00",
                "end", "2020-09-04T13:00:00+02:00")).json().get("id").asString();
        api().as(officer).put("/processes/" + process + "/meetings/" + meeting + "/agenda", Map.of("status",
                "PROVISIONAL", "items", List.of(Map.of("title", "Opening"))));
    }

    private HttpResponse<String> statement(String fileName, byte[] file) throws Exception {
        return new Multipart().json("metadata", "{\"title\":\"Statement\",\"meetingId\":\"" + meeting
                + "\",\"agendaItem\":\"1\",\"originalLanguage\":\"en\"}")
                .file("en", fileName, "application/octet-stream", file)
                .post("http://localhost:" + port + "/api/v1/processes/" + process + "/documents/statements", delegate);
    }

    private JsonNode file(String id) {
        return api().as(officer).get("/processes/" + process + "/documents/" + id).json().get("files").get(0);
    }

    @Test
    void aPdfThatExpandsToHundredsOfMegabytesIsStoredAtOnceAndKeptWithoutSearchableText() throws Exception {
        byte[] bomb = HostileFiles.pdfBomb(200L * 1024 * 1024);

        long start = System.nanoTime();
        HttpResponse<String> created = statement("statement.pdf", bomb);
        Duration upload = Duration.ofNanos(System.nanoTime() - start);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(upload).as("time to answer the upload of a %d KB PDF", bomb.length / 1024)
                .isLessThan(Duration.ofSeconds(10));
        String id = JsonMapper.builder().build().readTree(created.body()).get("id").asString();
        HttpResponse<byte[]> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://localhost:" + port + "/api/v1/processes/" + process + "/documents/" + id + "/files/en"))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(bomb);
        for (int i = 0; i < 5; i++) {
            long before = System.nanoTime();
            assertThat(api().get("/processes/" + process + "/documents").status()).isEqualTo(200);
            assertThat(Duration.ofNanos(System.nanoTime() - before)).as("another reader's request")
                    .isLessThan(Duration.ofSeconds(2));
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> file(id).get("text").asString().equals("FAILED"));
        assertThat(file(id).get("textFailure").asString()).isEqualTo("the file expands to more than 64 MB when decoded");
        assertThat(count("select count(*) from scheduled_tasks where task_name = 'document-text' and task_instance = ?",
                id + "/en")).isZero();
    }

    @Test
    void aPdfWhoseCrossReferenceStreamWouldFillTheHeapEndsItsParserProcessNotTheInstance() throws Exception {
        byte[] bomb = HostileFiles.pdfCrossReferenceBomb(200_000_000L);
        assertThat(bomb.length).isLessThan(2 * 1024 * 1024);

        HttpResponse<String> created = statement("statement.pdf", bomb);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = JsonMapper.builder().build().readTree(created.body()).get("id").asString();
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            assertThat(api().get("/processes/" + process + "/documents").status()).as("another reader's request")
                    .isEqualTo(200);
            return file(id).get("text").asString().equals("FAILED");
        });
        assertThat(file(id).get("textFailure").asString())
                .as("the parser process ran out of its own heap").isEqualTo(
                        "the file needs more than 256 MB of memory to be read");
    }

    @Test
    void theTextOfAnOrdinaryPdfBecomesSearchableAfterTheUpload() throws Exception {
        HttpResponse<String> created = statement("statement.pdf", Multipart.pdf("Stockpile destruction deadlines"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = JsonMapper.builder().build().readTree(created.body()).get("id").asString();

        await().atMost(Duration.ofSeconds(30)).until(() -> api().get("/processes/" + process
                + "/documents?q=stockpile%20deadline").json().size() == 1);
        assertThat(file(id).get("text").asString()).isEqualTo("EXTRACTED");
        assertThat(file(id).has("textFailure") && !file(id).get("textFailure").isNull()).isFalse();
    }

    @Test
    void aWordStatementThatExpandsToAHundredMegabytesIsRefused() {
        byte[] bomb = HostileFiles.docxBomb(101L * 1024 * 1024);

        HttpResponse<String> refused = unchangedDocuments(bomb);

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("expands to more than");
    }

    private HttpResponse<String> unchangedDocuments(byte[] file) {
        Map<String, Object> before = snapshot();
        try {
            HttpResponse<String> response = statement("statement.docx", file);
            assertThat(snapshot()).as("database after %s", response.body()).isEqualTo(before);
            return response;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
