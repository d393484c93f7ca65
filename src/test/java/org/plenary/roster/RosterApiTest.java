package org.plenary.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.support.ApiAssertions.assertCreated;
import static org.plenary.support.ApiAssertions.assertProblem;
import static org.plenary.support.Fixtures.aDelegate;
import static org.plenary.support.Fixtures.aState;
import static org.plenary.support.Fixtures.aTreaty;
import static org.plenary.support.Fixtures.recordStatus;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryTest;
import org.plenary.support.Api;
import tools.jackson.databind.JsonNode;

/** Every roster endpoint as the contract writes it, on real PostgreSQL. */
class RosterApiTest extends PlenaryTest {

    private Api admin;

    @BeforeEach
    void signInAsAdministrator() {
        admin = admin();
    }

    @Test
    void registersAStateAndAnswersItWithItsLocation() {
        String name = unique("Niue");
        Api.Response response = admin.post("/participants", Map.of("name", name, "kind", "STATE"));

        JsonNode state = assertCreated(response, "/participants");
        assertThat(state.path("name").asString()).isEqualTo(name);
        assertThat(state.path("kind").asString()).isEqualTo("STATE");
        assertThat(state.path("statuses").isArray()).isTrue();
        assertThat(admin.get(response.header("Location")).json()).isEqualTo(state);
    }

    @Test
    void registersAStateWithItsIso3CodeInCapitals() {
        JsonNode state = org.plenary.support.Fixtures.aStateWithIso3(admin).json();

        assertThat(state.path("iso3").asString()).matches("[A-Z]{3}");
        assertThat(state.path("organisationType").isNull()).isTrue();
    }

    @Test
    void registersAnObserverOrganisationWithItsType() {
        Api.Response response = admin.post("/participants", Map.of("name", unique("GICHD"), "kind", "ORGANISATION",
                "organisationType", "INTERNATIONAL_ORGANISATION"));

        JsonNode organisation = assertCreated(response, "/participants");
        assertThat(organisation.path("kind").asString()).isEqualTo("ORGANISATION");
        assertThat(organisation.path("organisationType").asString()).isEqualTo("INTERNATIONAL_ORGANISATION");
        assertThat(organisation.path("iso3").isNull()).isTrue();
    }

    @Test
    void listsParticipantsToEveryoneSignedIn() {
        String id = aState(admin);
        Api delegate = aDelegate(admin, aState(admin)).api();

        Api.Response response = delegate.get("/participants?size=500");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().isArray()).isTrue();
        assertThat(delegate.get("/participants/" + id).json().path("id").asString()).isEqualTo(id);
    }

    @Test
    void answers404ForAnUnknownParticipant() {
        assertProblem(admin.get("/participants/" + java.util.UUID.randomUUID()), 404);
        assertProblem(admin.get("/participants/not-an-id"), 404);
    }

    @Test
    void createsATreatyWhoseIdIsItsCode() {
        String code = "CCM-" + unique("X").substring(2, 8).toUpperCase();
        Api.Response response = admin.post("/treaties", Map.of("code", code, "title", "Convention on Cluster Munitions"));

        JsonNode treaty = assertCreated(response, "/treaties");
        assertThat(treaty.path("code").asString()).isEqualTo(code);
        assertThat(treaty.path("id").asString()).isEqualTo(code);
        assertThat(treaty.path("title").asString()).isEqualTo("Convention on Cluster Munitions");
        assertThat(admin.get(response.header("Location")).json()).isEqualTo(treaty);
        assertThat(admin.get("/treaties").json().valueStream().map(t -> t.path("code").asString())).contains(code);
    }

    @Test
    void keepsTheHistoryOfAStatesTreatyStatus() {
        String treaty = aTreaty(admin);
        String angola = aState(admin);
        recordStatus(admin, treaty, angola, "SIGNATORY", "2008-12-03");

        Api.Response response = admin.put("/treaties/" + treaty + "/statuses/" + angola,
                Map.of("status", "STATE_PARTY", "since", "2021-01-15"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("statuses").valueStream().map(s -> s.path("treaty").asString() + " "
                + s.path("status").asString() + " " + s.path("since").asString()))
                .containsExactly(treaty + " SIGNATORY 2008-12-03", treaty + " STATE_PARTY 2021-01-15");
    }

    @Test
    void importsStatusesFromCsvCreatingUnknownStates() {
        String treaty = aTreaty(admin);
        String known = aState(admin);
        String knownName = admin.get("/participants/" + known).json().path("name").asString();
        String newcomer = unique("Saint Lucia");
        String csv = "name,iso3,status,since\n" + knownName + ",,SIGNATORY,2008-12-03\n"
                + knownName + ",,STATE_PARTY,2020-08-06\n\"" + newcomer + "\",,STATE_PARTY,2020-09-15\n";

        Api.Response response = admin.send("POST", "/treaties/" + treaty + "/statuses", csv, "text/csv");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().path("rows").asInt()).isEqualTo(3);
        assertThat(response.json().path("participantsCreated").asInt()).isEqualTo(1);
        assertThat(response.json().path("statusesRecorded").asInt()).isEqualTo(3);
        assertThat(count("select count(*) from participant where name = ?", newcomer)).isEqualTo(1);
        assertThat(count("select count(*) from treaty_status where treaty = ?", treaty)).isEqualTo(3);
    }

    @Test
    void reimportingTheSameCsvRecordsNothingNew() {
        String treaty = aTreaty(admin);
        String csv = "name,iso3,status,since\n\"" + unique("Cyprus") + "\",,SIGNATORY,2008-12-03\n";
        admin.send("POST", "/treaties/" + treaty + "/statuses", csv, "text/csv");

        Api.Response again = admin.send("POST", "/treaties/" + treaty + "/statuses", csv, "text/csv");

        assertThat(again.json().path("participantsCreated").asInt()).isZero();
        assertThat(again.json().path("statusesRecorded").asInt()).isZero();
    }

    @Test
    void storesScriptInNamesAsTextAndAnswersItAsGiven() {
        String name = "<script>alert('" + unique("x") + "')</script>";
        JsonNode state = assertCreated(admin.post("/participants", Map.of("name", name, "kind", "STATE")),
                "/participants");

        assertThat(state.path("name").asString()).isEqualTo(name);
        assertThat(jdbc.sql("select name from participant where id = ?::uuid").param(state.path("id").asString())
                .query(String.class).single()).isEqualTo(name);
    }
}
