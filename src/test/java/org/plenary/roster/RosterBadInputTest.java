package org.plenary.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.support.ApiAssertions.assertInvalid;
import static org.plenary.support.ApiAssertions.assertProblem;
import static org.plenary.support.Fixtures.aState;
import static org.plenary.support.Fixtures.aStateWithIso3;
import static org.plenary.support.Fixtures.aTreaty;
import static org.plenary.support.Fixtures.anOrganisation;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryTest;
import org.plenary.support.Api;
import tools.jackson.databind.JsonNode;

/** Bad input to the roster gets the right 4xx problem detail and changes nothing. */
class RosterBadInputTest extends PlenaryTest {

    private static final String HEADER = "name,iso3,status,since\n";

    private Api admin;

    @BeforeEach
    void signInAsAdministrator() {
        admin = admin();
    }

    private Api.Response importCsv(String treaty, String csv) {
        return admin.send("POST", "/treaties/" + treaty + "/statuses", csv, "text/csv");
    }

    @Test
    void refusesAnotherParticipantWithTheSameNameInAnyCase() {
        String name = unique("Cyprus");
        admin.post("/participants", Map.of("name", name, "kind", "STATE"));

        assertProblem(unchanged(() -> admin.post("/participants", Map.of("name", name.toUpperCase(), "kind",
                "ORGANISATION"))), 409);
    }

    @Test
    void refusesAnotherStateWithTheSameIso3Code() {
        String iso3 = aStateWithIso3(admin).json().path("iso3").asString();

        JsonNode problem = assertProblem(unchanged(() -> admin.post("/participants",
                Map.of("name", unique("State"), "kind", "STATE", "iso3", iso3.toLowerCase()))), 409);
        assertThat(problem.path("detail").asString()).contains(iso3);
    }

    @Test
    void refusesAnotherTreatyWithTheSameCode() {
        String code = aTreaty(admin);

        assertProblem(unchanged(() -> admin.post("/treaties", Map.of("code", code, "title", "Again"))), 409);
    }

    @Test
    void refusesInvalidParticipants() {
        assertInvalid(unchanged(() -> admin.post("/participants", Map.of("name", " ", "kind", "STATE"))), "name");
        assertInvalid(unchanged(() -> admin.post("/participants", Map.of("name", "x".repeat(201), "kind", "STATE"))),
                "name");
        assertInvalid(unchanged(() -> admin.post("/participants", Map.of("name", "Bad\u0007Bell", "kind", "STATE"))),
                "name");
        assertInvalid(unchanged(() -> admin.post("/participants", Map.of("name", unique("S"), "kind", "STATE",
                "iso3", "CH"))), "iso3");
        assertInvalid(unchanged(() -> admin.post("/participants", Map.of("name", unique("S"), "kind", "ORGANISATION",
                "iso3", "CHE"))), "iso3");
        assertInvalid(unchanged(() -> admin.post("/participants", Map.of("name", unique("S"), "kind", "STATE",
                "organisationType", "UN_BODY"))), "organisationType");
        assertInvalid(unchanged(() -> admin.post("/participants", Map.of("name", unique("S")))), "kind");
    }

    @Test
    void refusesInvalidTreaties() {
        assertInvalid(unchanged(() -> admin.post("/treaties", Map.of("code", "ccm lower", "title", "T"))), "code");
        assertInvalid(unchanged(() -> admin.post("/treaties", Map.of("code", "T-" + unique("X").substring(2, 8)
                .toUpperCase()))), "title");
    }

    @Test
    void refusesControlCharactersInTitlesAndNames() {
        String code = "T-" + unique("X").substring(2, 8).toUpperCase();
        assertInvalid(unchanged(() -> admin.post("/treaties", Map.of("code", code, "title", "Con\u0000vention"))),
                "title");
        assertInvalid(unchanged(() -> admin.post("/treaties", Map.of("code", code, "title", "Two\nlines"))), "title");
        assertInvalid(unchanged(() -> admin.post("/participants", Map.of("name", "Ni\u0000ue", "kind", "STATE"))),
                "name");
    }

    @Test
    void refusesAStatusDateOutsideAPlausibleRange() {
        String treaty = aTreaty(admin);
        String path = "/treaties/" + treaty + "/statuses/" + aState(admin);

        assertInvalid(unchanged(() -> admin.put(path, Map.of("status", "NONE", "since", "+999999999-12-31"))), "since");
        assertInvalid(unchanged(() -> admin.put(path, Map.of("status", "NONE", "since", "0000-01-01"))), "since");
        assertInvalid(unchanged(() -> importCsv(treaty, HEADER + unique("Far") + ",,NONE,+99999-01-01\n")), "line 2");
    }

    @Test
    void refusesWrongTypesInAStatusChange() {
        String treaty = aTreaty(admin);
        String path = "/treaties/" + treaty + "/statuses/" + aState(admin);

        assertInvalid(unchanged(() -> admin.put(path, Map.of("status", "STATE_PARTY", "since", "not-a-date"))), "since");
        assertInvalid(unchanged(() -> admin.put(path, Map.of("status", "MEMBER", "since", "2020-08-06"))), "status");
        assertInvalid(unchanged(() -> admin.put(path, Map.of("status", "STATE_PARTY"))), "since");
        assertInvalid(unchanged(() -> admin.put(path, Map.of("since", "2020-08-06"))), "status");
    }

    @Test
    void refusesAStatusForUnknownTreatiesParticipantsAndOrganisations() {
        String treaty = aTreaty(admin);
        Map<String, String> change = Map.of("status", "STATE_PARTY", "since", "2020-08-06");

        String state = aState(admin);
        assertProblem(unchanged(() -> admin.put("/treaties/NOPE/statuses/" + state, change)), 404);
        assertProblem(unchanged(() -> admin.put("/treaties/" + treaty + "/statuses/" + UUID.randomUUID(), change)), 404);
        assertProblem(unchanged(() -> admin.put("/treaties/" + treaty + "/statuses/not-an-id", change)), 404);
        String organisation = anOrganisation(admin);
        assertInvalid(unchanged(() -> admin.put("/treaties/" + treaty + "/statuses/" + organisation, change)),
                "participantId");
        assertProblem(admin.get("/treaties/NOPE"), 404);
    }

    @Test
    void importsNothingWhenOneRowIsBadAndNamesItsLine() {
        String treaty = aTreaty(admin);
        String first = unique("Niue");
        String csv = HEADER + first + ",,STATE_PARTY,2020-08-06\n" + unique("Lucia") + ",,STATE_PARTY,2020-09-15\n"
                + unique("Cyprus") + ",,SIGNATORY,23 September 2009\n";

        JsonNode problem = assertInvalid(unchanged(() -> importCsv(treaty, csv)), "line 4");

        assertThat(problem.path("detail").asString()).startsWith("Line 4:");
        assertThat(count("select count(*) from participant where name = ?", first)).isZero();
        assertThat(count("select count(*) from treaty_status where treaty = ?", treaty)).isZero();
    }

    @Test
    void importsNothingWhenALaterRowConflictsWithTheRoster() {
        String treaty = aTreaty(admin);
        JsonNode named = aStateWithIso3(admin).json();
        JsonNode coded = aStateWithIso3(admin).json();
        String csv = HEADER + unique("Niue") + ",,STATE_PARTY,2020-08-06\n"
                + named.path("name").asString() + "," + coded.path("iso3").asString() + ",SIGNATORY,2009-01-01\n";

        JsonNode problem = assertInvalid(unchanged(() -> importCsv(treaty, csv)), "line 3");

        assertThat(problem.path("detail").asString()).startsWith("Line 3:").contains(coded.path("name").asString());
    }

    @Test
    void refusesARowWhoseNameIsNotThatOfTheStateOfItsCode() {
        String treaty = aTreaty(admin);
        JsonNode state = aStateWithIso3(admin).json();
        String name = state.path("name").asString();
        String iso3 = state.path("iso3").asString();
        String csv = HEADER + unique("Niue") + ",,STATE_PARTY,2020-08-06\n"
                + "Not " + name + " X," + iso3 + ",NONE,2021-01-01\n";

        JsonNode problem = assertInvalid(unchanged(() -> importCsv(treaty, csv)), "line 3");

        assertThat(problem.path("detail").asString()).startsWith("Line 3:").contains(iso3, name);
        assertThat(count("select count(*) from treaty_status where treaty = ?", treaty)).isZero();
    }

    @Test
    void acceptsTheNameOfTheStateOfItsCodeWrittenWithOtherCaseOrSpacing() {
        String treaty = aTreaty(admin);
        JsonNode state = aStateWithIso3(admin).json();
        String written = " " + state.path("name").asString().toUpperCase().replace("-", "  ") + " ";

        Api.Response imported = importCsv(treaty, HEADER + "\"" + written + "\"," + state.path("iso3").asString()
                + ",SIGNATORY,2009-01-01\n");

        assertThat(imported.status()).as(imported.text()).isEqualTo(200);
        assertThat(count("select count(*) from treaty_status where treaty = ?", treaty)).isEqualTo(1);
    }

    @Test
    void refusesACsvThatIsNotUtf8() throws Exception {
        String treaty = aTreaty(admin);
        byte[] latin1 = (HEADER + unique("Niue") + ",,STATE_PARTY,2020-08-06\n" + unique("C\u00f4te d'Ivoire")
                + ",,SIGNATORY,2009-01-01\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        String token = tokenFor("admin", ADMIN_PASSWORD);

        Api.Response refused = unchanged(() -> {
            try {
                return new Api.Response(java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                        .newBuilder(java.net.URI.create("http://localhost:" + port + "/api/v1/treaties/" + treaty
                                + "/statuses"))
                        .header("Content-Type", "text/csv").header("Authorization", "Bearer " + token)
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(latin1)).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString()));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        JsonNode problem = assertInvalid(refused, "body");
        assertThat(problem.path("detail").asString()).startsWith("Line 3:").contains("UTF-8");
        assertThat(count("select count(*) from participant where name like '%\uFFFD%'")).isZero();
    }

    @Test
    void refusesACsvWithoutTheRequiredColumnsOrRows() {
        String treaty = aTreaty(admin);

        assertInvalid(unchanged(() -> importCsv(treaty, "name,status,since\nNiue,STATE_PARTY,2020-08-06\n")), "line 1");
        assertInvalid(unchanged(() -> importCsv(treaty, HEADER)), "line 2");
        assertInvalid(unchanged(() -> importCsv(treaty, "")), "body");
        assertInvalid(unchanged(() -> importCsv(treaty, "name,name,iso3,status,since\nA,A,,NONE,2020-01-01\n")),
                "line 1");
        assertInvalid(unchanged(() -> importCsv(treaty, "name,iso3,status,since,\nA,,NONE,2020-01-01,\n")), "line 1");
    }

    @Test
    void refusesACsvForAnUnknownTreatyOrOfAnotherType() {
        assertProblem(unchanged(() -> importCsv("NOPE", HEADER + "Niue,,STATE_PARTY,2020-08-06\n")), 404);
        String treaty = aTreaty(admin);
        assertProblem(unchanged(() -> admin.post("/treaties/" + treaty + "/statuses", Map.of("name", "Niue"))), 415);
    }
}
