package org.plenary.consultations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.consultations.ConsultationWorld.amend;
import static org.plenary.consultations.ConsultationWorld.newConsultation;
import static org.plenary.consultations.ConsultationWorld.position;
import static org.plenary.support.ApiAssertions.assertForbidden;
import static org.plenary.support.ApiAssertions.assertInvalid;
import static org.plenary.support.ApiAssertions.assertProblem;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The Presidency folds the views into a revised text, issued as the document's Rev.1, and consults on it again. */
class RevisionApiTest extends PlenaryTest {

    private ConsultationWorld world;

    @BeforeEach
    void world() {
        world = new ConsultationWorld(admin());
    }

    @Test
    void theRevisionTakesAProposalAddsAMissingElementAndBecomesRevOneOfTheDocument() throws Exception {
        String symbol = "CCM/CONF/" + ThreadLocalRandom.current().nextInt(3000, 9999) + "/WP.4";
        String document = publish(symbol);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> body = new HashMap<>(newConsultation(now.minusSeconds(3600), now.plusSeconds(86_400)));
        body.put("documentId", document);
        String path = world.path() + "/" + world.presidency.api().post(world.path(), body).json().get("id").asString();
        JsonNode views = world.delegateA.api().put(path + "/submissions/mine", Map.of("positions",
                List.of(amend("2", "Destroy stockpiles within six years."), position("12 (d)", "DELETE")),
                "missing", List.of(Map.of("text", "Universalise the Convention.", "after", "1")))).json();
        String amendment = views.get("positions").get(0).get("id").asString();
        String deletion = views.get("positions").get(1).get("id").asString();
        String missing = views.get("missing").get(0).get("id").asString();
        Map<String, Object> draft = Map.of("elements", List.of(
                Map.of("ref", "2", "take", "PROPOSAL", "positionId", amendment),
                Map.of("ref", "12 (d)", "take", "DELETED", "motivatedBy", List.of(deletion))),
                "added", List.of(Map.of("ref", "1 (a)", "after", "1", "text", "Universalise the Convention.",
                        "motivatedBy", List.of(missing)), Map.of("ref", "1 (b)", "after", "1",
                        "text", "Promote the norms of the Convention.")));

        assertProblem(unchanged(() -> world.presidency.api().put(path + "/revision", draft)), 409);
        world.presidency.api().post(path + "/close", Map.of("reason", "The views received suffice."));
        assertForbidden(unchanged(() -> world.secretariat.api().put(path + "/revision", draft)),
                ConsultationPolicy.PRESIDENCY);
        assertInvalid(unchanged(() -> world.presidency.api().put(path + "/revision", Map.of("elements",
                List.of(Map.of("ref", "1", "take", "PROPOSAL", "positionId", deletion))))), "elements[0].positionId");
        assertInvalid(unchanged(() -> world.presidency.api().put(path + "/revision", Map.of("elements",
                List.of(Map.of("ref", "7", "take", "BASE"))))), "elements[0].ref");
        assertInvalid(unchanged(() -> world.presidency.api().put(path + "/revision", Map.of("added",
                List.of(Map.of("ref", "2", "text", "Twice"))))), "added[0].ref");

        JsonNode revision = world.presidency.api().put(path + "/revision", draft).json();
        assertThat(revision.get("elements").valueStream().map(e -> e.get("ref").asString()))
                .as("added after 1 in the order given").containsExactly("1", "1 (a)", "1 (b)", "2", "12 (d)");
        JsonNode two = revision.get("elements").get(3);
        assertThat(two.get("text").asString()).isEqualTo("Destroy stockpiles within six years.");
        assertThat(two.get("motivatedBy").get(0).asString()).isEqualTo(amendment);
        assertThat(two.get("views").get(0).get("participantName").asString())
                .isEqualTo(world.admin.get("/participants/" + world.partyA).json().get("name").asString());
        assertThat(two.get("views").get(0).get("stance").asString()).isEqualTo("AMEND");
        assertThat(revision.get("elements").get(1).get("missingProposals").get(0).asString()).isEqualTo(missing);

        JsonNode issued = world.presidency.api().post(path + "/revision/issue", null).json();
        assertThat(issued.get("status").asString()).isEqualTo("ISSUED");
        JsonNode rev = world.presidency.api().get("/processes/" + world.process + "/documents/"
                + issued.get("documentId").asString()).json();
        assertThat(rev.get("symbol").asString()).isEqualTo(symbol + "/Rev.1");
        assertThat(rev.get("files").get(0).get("contentType").asString())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        HttpResponse<byte[]> file = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:"
                + port + "/api/v1/processes/" + world.process + "/documents/" + issued.get("documentId").asString()
                + "/files/en")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(NumberedParagraphs.fromDocx(new java.io.ByteArrayInputStream(file.body())))
                .extracting(NumberedParagraphs.Paragraph::ref).containsExactly("1", "1 (a)", "1 (b)", "2");
        assertProblem(unchanged(() -> world.presidency.api().post(path + "/revision/issue", null)), 409);

        Map<String, Object> again = new HashMap<>(newConsultation(now, now.plusSeconds(86_400)));
        again.remove("elements");
        again.put("documentId", issued.get("documentId").asString());
        JsonNode second = world.presidency.api().post(world.path(), again).json();
        assertThat(second.get("elements").valueStream().map(e -> e.get("ref").asString()))
                .containsExactly("1", "1 (a)", "1 (b)", "2");
    }

    private String publish(String symbol) throws Exception {
        String boundary = "plenary-test-boundary";
        String metadata = "{\"symbol\":\"" + symbol + "\",\"title\":\"Possible elements of the Lausanne Action Plan\","
                + "\"type\":\"WORKING_PAPER\",\"distribution\":\"GENERAL\",\"originalLanguage\":\"en\"}";
        String content = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"metadata\"\r\n"
                + "Content-Type: application/json\r\n\r\n" + metadata + "\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"en\"; filename=\"wp4.txt\"\r\nContent-Type: text/plain\r\n\r\n"
                + "1. Clear all cluster munition remnants.\r\n--" + boundary + "--\r\n";
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/v1/processes/" + world.process + "/documents"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", "Bearer " + tokenFor(world.presidency.username(),
                        org.plenary.support.Fixtures.PASSWORD))
                .POST(HttpRequest.BodyPublishers.ofString(content, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JsonMapper.builder().build().readTree(response.body()).get("id").asString();
    }
}
