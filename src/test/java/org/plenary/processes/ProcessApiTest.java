package org.plenary.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.support.ApiAssertions.assertCreated;
import static org.plenary.support.ApiAssertions.assertInvalid;
import static org.plenary.support.ApiAssertions.assertProblem;
import static org.plenary.support.Fixtures.aDelegate;
import static org.plenary.support.Fixtures.aProcess;
import static org.plenary.support.Fixtures.aState;
import static org.plenary.support.Fixtures.aTreaty;
import static org.plenary.support.Fixtures.aUser;
import static org.plenary.support.Fixtures.anOrganisation;
import static org.plenary.support.Fixtures.newProcess;
import static org.plenary.support.Fixtures.recordStatus;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryTest;
import org.plenary.support.Api;
import org.plenary.support.Fixtures.Person;
import tools.jackson.databind.JsonNode;

/** Processes, officers and the categories of participants, over HTTP. */
class ProcessApiTest extends PlenaryTest {

    private Api admin;

    @BeforeEach
    void signInAsAdministrator() {
        admin = admin();
    }

    @Test
    void createsAProcessWithItsSettings() {
        String treaty = aTreaty(admin);
        String code = unique("CCM-2RC");
        Map<String, Object> body = Map.of("code", code, "title", "Second Review Conference", "treaty", treaty,
                "timeZone", "Europe/Zurich", "languages", List.of("en", "fr", "es"), "silenceMinimumPeriod", "PT96H");

        Api.Response response = admin.post("/processes", body);

        JsonNode process = assertCreated(response, "/processes");
        assertThat(process.path("code").asString()).isEqualTo(code);
        assertThat(process.path("title").asString()).isEqualTo("Second Review Conference");
        assertThat(process.path("treaty").asString()).isEqualTo(treaty);
        assertThat(process.path("timeZone").asString()).isEqualTo("Europe/Zurich");
        assertThat(process.path("languages").valueStream().map(JsonNode::asString)).containsExactly("en", "fr", "es");
        assertThat(process.path("silenceMinimumPeriod").asString()).isEqualTo("PT96H");
        assertThat(process.path("createdAt").asString()).matches("\\d{4}-\\d\\d-\\d\\dT[\\d:.]+(Z|[+-]\\d\\d:\\d\\d)");
        assertThat(admin.get(response.header("Location")).json()).isEqualTo(process);
    }

    @Test
    void takesSeventyTwoHoursAsTheDefaultSilencePeriod() {
        Map<String, Object> body = new HashMap<>(newProcess(aTreaty(admin)));
        body.remove("silenceMinimumPeriod");

        assertThat(admin.post("/processes", body).json().path("silenceMinimumPeriod").asString()).isEqualTo("PT72H");
    }

    @Test
    void findsAProcessByIdOrByCodeAndListsIt() {
        String id = aProcess(admin);
        String code = admin.get("/processes/" + id).json().path("code").asString();
        Api delegate = aDelegate(admin, aState(admin)).api();

        assertThat(delegate.get("/processes/" + code).json().path("id").asString()).isEqualTo(id);
        assertThat(delegate.get("/processes").json().valueStream().map(p -> p.path("id").asString())).contains(id);
    }

    @Test
    void answers404ForAnUnknownProcess() {
        assertProblem(admin.get("/processes/" + UUID.randomUUID()), 404);
        assertProblem(admin.get("/processes/no-such-process"), 404);
        assertProblem(admin.get("/processes/" + UUID.randomUUID() + "/officers"), 404);
        assertProblem(admin.get("/processes/" + UUID.randomUUID() + "/participants"), 404);
        assertProblem(admin.post("/processes/" + UUID.randomUUID() + "/officers",
                Map.of("userId", UUID.randomUUID().toString(), "role", "PRESIDENCY")), 404);
    }

    @Test
    void appointsThePresidencyAndTheSecretariat() {
        String process = aProcess(admin);
        Person president = aUser(admin);
        Person secretary = aUser(admin);

        Api.Response response = admin.post("/processes/" + process + "/officers",
                Map.of("userId", president.id(), "role", "PRESIDENCY"));
        admin.post("/processes/" + process + "/officers", Map.of("userId", secretary.id(), "role", "SECRETARIAT"));

        JsonNode officer = assertCreated(response, "/processes/" + process + "/officers");
        assertThat(officer.path("userId").asString()).isEqualTo(president.id());
        assertThat(officer.path("username").asString()).isEqualTo(president.username());
        assertThat(officer.path("role").asString()).isEqualTo("PRESIDENCY");
        assertThat(officer.path("appointedAt").asString()).endsWith("Z");
        assertThat(admin.get(response.header("Location")).json()).isEqualTo(officer);
        assertThat(president.api().get("/processes/" + process + "/officers").json().valueStream()
                .map(o -> o.path("role").asString() + " " + o.path("userId").asString()))
                .containsExactlyInAnyOrder("PRESIDENCY " + president.id(), "SECRETARIAT " + secretary.id());
    }

    @Test
    void refusesToAppointTheSameAccountTwice() {
        String process = aProcess(admin);
        Person officer = aUser(admin);
        admin.post("/processes/" + process + "/officers", Map.of("userId", officer.id(), "role", "PRESIDENCY"));

        assertProblem(unchanged(() -> admin.post("/processes/" + process + "/officers",
                Map.of("userId", officer.id(), "role", "SECRETARIAT"))), 409);
    }

    @Test
    void refusesADelegateOrAnUnknownAccountAsOfficer() {
        String process = aProcess(admin);
        Person delegate = aDelegate(admin, aState(admin));
        String path = "/processes/" + process + "/officers";

        assertInvalid(unchanged(() -> admin.post(path, Map.of("userId", delegate.id(), "role", "PRESIDENCY"))), "userId");
        assertInvalid(unchanged(() -> admin.post(path, Map.of("userId", UUID.randomUUID().toString(),
                "role", "PRESIDENCY"))), "userId");
        assertInvalid(unchanged(() -> admin.post(path, Map.of("userId", "nobody", "role", "PRESIDENCY"))), "userId");
        String user = aUser(admin).id();
        assertInvalid(unchanged(() -> admin.post(path, Map.of("userId", user, "role", "KING"))), "role");
    }

    @Test
    void refusesAnOfficerWithoutRole() {
        String process = aProcess(admin);
        String user = aUser(admin).id();

        assertInvalid(unchanged(() -> admin.post("/processes/" + process + "/officers", Map.of("userId", user))), "role");
    }

    @Test
    void derivesEachParticipantsCategoryOnTheGivenDate() {
        String treaty = aTreaty(admin);
        String process = aProcess(admin, treaty);
        String niue = aState(admin);
        String angola = aState(admin);
        String icrc = anOrganisation(admin);
        String other = aState(admin);
        recordStatus(admin, treaty, niue, "STATE_PARTY", "2020-08-06");
        recordStatus(admin, treaty, angola, "SIGNATORY", "2008-12-03");
        Api delegate = aDelegate(admin, other).api();

        Map<String, String> june = categories(delegate, process, "2020-06-29");
        Map<String, String> august = categories(delegate, process, "2020-08-06");

        assertThat(june).containsEntry(niue, "OBSERVER_STATE").containsEntry(angola, "SIGNATORY_STATE")
                .containsEntry(icrc, "OBSERVER_ORGANISATION").containsEntry(other, "OBSERVER_STATE");
        assertThat(august).containsEntry(niue, "STATE_PARTY").containsEntry(angola, "SIGNATORY_STATE");
    }

    @Test
    void answersEveryParticipantWithKindStatusAndCategory() {
        String treaty = aTreaty(admin);
        String process = aProcess(admin, treaty);
        String state = aState(admin);
        recordStatus(admin, treaty, state, "STATE_PARTY", "2020-01-01");

        JsonNode standing = admin.get("/processes/" + process + "/participants").json().valueStream()
                .filter(p -> p.path("id").asString().equals(state)).findFirst().orElseThrow();

        assertThat(standing.path("name").asString()).startsWith("State-");
        assertThat(standing.path("kind").asString()).isEqualTo("STATE");
        assertThat(standing.path("status").asString()).isEqualTo("STATE_PARTY");
        assertThat(standing.path("category").asString()).isEqualTo("STATE_PARTY");
    }

    @Test
    void takesTodayInTheProcessTimeZoneWhenNoDateIsGiven() {
        String treaty = aTreaty(admin);
        String process = aProcess(admin, treaty);
        String today = aState(admin);
        String tomorrow = aState(admin);
        java.time.LocalDate date = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Zurich"));
        recordStatus(admin, treaty, today, "STATE_PARTY", date.toString());
        recordStatus(admin, treaty, tomorrow, "STATE_PARTY", date.plusDays(1).toString());

        Api.Response response = admin.get("/processes/" + process + "/participants");
        Map<String, String> categories = new HashMap<>();
        response.json().forEach(p -> categories.put(p.path("id").asString(), p.path("category").asString()));

        assertThat(categories).containsEntry(today, "STATE_PARTY").containsEntry(tomorrow, "OBSERVER_STATE");
    }

    @Test
    void refusesADateThatIsNotADate() {
        String process = aProcess(admin);

        assertInvalid(admin.get("/processes/" + process + "/participants?at=29.06.2020"), "at");
    }

    private static Map<String, String> categories(Api api, String process, String date) {
        Api.Response response = api.get("/processes/" + process + "/participants?at=" + date);
        assertThat(response.status()).isEqualTo(200);
        Map<String, String> categories = new HashMap<>();
        response.json().forEach(p -> categories.put(p.path("id").asString(), p.path("category").asString()));
        return categories;
    }
}
