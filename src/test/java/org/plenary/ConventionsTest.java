package org.plenary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.support.ApiAssertions.assertInvalid;
import static org.plenary.support.ApiAssertions.assertProblem;
import static org.plenary.support.Fixtures.aState;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plenary.support.Api;
import tools.jackson.databind.JsonNode;

/** The conventions of the API: JSON problem details for malformed requests, paging, and the OpenAPI document. */
class ConventionsTest extends PlenaryTest {

    @Test
    void answersMalformedJsonWith400AndChangesNothing() {
        Api admin = admin();

        assertProblem(unchanged(() -> admin.send("POST", "/participants", "{\"name\": \"Niue\", ", "application/json")),
                400);
        assertProblem(unchanged(() -> admin.send("POST", "/processes", "[1, 2", "application/json")), 400);
        assertProblem(unchanged(() -> admin.send("POST", "/users", "", "application/json")), 400);
        assertProblem(unchanged(() -> admin.send("POST", "/auth/token", "username=admin", "application/json")), 400);
    }

    @Test
    void answersValuesOfTheWrongTypeWith400NamingTheField() {
        Api admin = admin();

        assertInvalid(unchanged(() -> admin.post("/participants", Map.of("name", unique("S"), "kind", 5))), "kind");
        assertInvalid(unchanged(() -> admin.post("/participants", Map.of("name", unique("S"), "kind", 1))), "kind");
        assertInvalid(unchanged(() -> admin.post("/participants", Map.of("name", Map.of("en", "Niue"), "kind",
                "STATE"))), "name");
        assertInvalid(unchanged(() -> admin.post("/users", Map.of("username", unique("u").toLowerCase(),
                "admin", "maybe"))), "admin");
    }

    @Test
    void answersAnUnsupportedMediaTypeWith415() {
        Api admin = admin();

        assertProblem(unchanged(() -> admin.send("POST", "/participants", "name=Niue&kind=STATE",
                "application/x-www-form-urlencoded")), 415);
        assertProblem(unchanged(() -> admin.send("POST", "/participants", "{}", "text/plain")), 415);
    }

    @Test
    void answersAnUnknownPathAndMethodAsProblems() {
        Api admin = admin();

        assertProblem(admin.get("/no-such-thing"), 404);
        assertProblem(admin.delete("/participants"), 405);
    }

    @Test
    void pagesListsWithALinkToTheNextPage() {
        Api admin = admin();
        aState(admin);
        aState(admin);
        aState(admin);

        Api.Response first = admin.get("/participants?page=0&size=2");
        Api.Response second = admin.get("/participants?page=1&size=2");

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json()).hasSize(2);
        assertThat(first.header("Link")).matches("<http://[^>]+/api/v1/participants\\?page=1&size=2>; rel=\"next\"");
        assertThat(second.json().get(0)).isNotEqualTo(first.json().get(0)).isNotEqualTo(first.json().get(1));
        long total = count("select count(*) from participant");
        Api.Response last = admin.get("/participants?page=" + (total - 1) / 500 + "&size=500");
        assertThat(last.header("Link")).isNull();
    }

    @Test
    void refusesInvalidPaging() {
        Api admin = admin();

        assertInvalid(admin.get("/participants?page=-1"), "page");
        assertInvalid(admin.get("/participants?size=0"), "size");
        assertInvalid(admin.get("/participants?size=501"), "size");
        assertInvalid(admin.get("/participants?page=first"), "page");
    }

    @Test
    void writesInstantsInUtcAndDatesAsYearMonthDay() {
        Api admin = admin();
        String state = aState(admin);
        String treaty = org.plenary.support.Fixtures.aTreaty(admin);

        JsonNode participant = admin.put("/treaties/" + treaty + "/statuses/" + state,
                Map.of("status", "STATE_PARTY", "since", "2020-08-06")).json();
        JsonNode token = api().post("/auth/token", Map.of("username", "admin", "password", ADMIN_PASSWORD)).json();

        assertThat(participant.path("statuses").get(0).path("since").asString()).isEqualTo("2020-08-06");
        assertThat(token.path("expiresAt").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z");
    }

    @Test
    void describesTheContractInOpenApi() {
        Api.Response response = api().get("/v3/api-docs");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("application/json");
        JsonNode doc = response.json();
        assertThat(doc.path("openapi").asString()).startsWith("3.1");
        assertThat(doc.path("paths").propertyNames()).contains("/api/v1/auth/token", "/api/v1/participants",
                "/api/v1/users", "/api/v1/treaties", "/api/v1/treaties/{code}/statuses/{participantId}",
                "/api/v1/treaties/{code}/statuses", "/api/v1/processes", "/api/v1/processes/{pid}/officers",
                "/api/v1/processes/{pid}/participants", "/api/v1/processes/{pid}/audit", "/api/v1/audit/verify",
                "/api/v1/processes/{pid}/consultations", "/api/v1/processes/{pid}/consultations/{cid}/submissions/mine",
                "/api/v1/processes/{pid}/consultations/{cid}/compilation",
                "/api/v1/processes/{pid}/consultations/{cid}/compilation.docx");
        assertThat(doc.path("paths").path("/api/v1/treaties/{code}/statuses").path("post").path("requestBody")
                .path("content").has("text/csv")).isTrue();
    }

    @Test
    void answersHealth() {
        assertThat(api().get("/actuator/health").json().path("status").asString()).isEqualTo("UP");
    }
}
