package org.plenary.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.support.ApiAssertions.assertProblem;
import static org.plenary.support.Fixtures.aTreaty;
import static org.plenary.support.Fixtures.unique;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryTest;
import org.plenary.support.Api;
import org.plenary.support.Fixtures;
import tools.jackson.databind.JsonNode;

/** The roster out: a treaty's statuses over time as CSV and JSON, and the CSV read back by the import. */
class RosterExportTest extends PlenaryTest {

    private Api admin;
    private String treaty;
    private String niue;
    /** Named "State-…" by the fixture, so after Niue in the roster's order. */
    private String angola;

    @BeforeEach
    void aTreatyWithTwoStatesAndTheirHistory() {
        admin = admin();
        treaty = aTreaty(admin);
        niue = unique("Niue, \"the Rock\"");
        JsonNode withCode = Fixtures.aStateWithIso3(admin).json();
        String iso3 = withCode.path("iso3").asString();
        angola = withCode.path("name").asString();
        String csv = "name,iso3,status,since,name_fr,name_ar,name_zh\n"
                + "\"" + niue.replace("\"", "\"\"") + "\",,NONE,2008-12-03,Nioué,نيوي,纽埃\n"
                + "\"" + niue.replace("\"", "\"\"") + "\",,STATE_PARTY,2020-08-06,Nioué,نيوي,纽埃\n"
                + angola + "," + iso3 + ",SIGNATORY,2008-12-03,,,\n";
        assertThat(admin.send("POST", "/treaties/" + treaty + "/statuses", csv, "text/csv").status()).isEqualTo(200);
    }

    @Test
    void exportsOneRowPerStatusChangeWithTheNamesInEveryLanguage() {
        Api.Response response = admin.get("/participants.csv?treaty=" + treaty);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("text/csv");
        assertThat(response.header("Content-Disposition")).contains("participants-" + treaty + ".csv");
        assertThat(response.header("ETag")).isNotBlank();
        List<String> lines = response.text().lines().toList();
        assertThat(lines.getFirst()).isEqualTo("\uFEFFname,iso3,status,since,name_ar,name_zh,name_fr,name_ru,name_es");
        assertThat(lines).hasSize(4);
        assertThat(lines.subList(1, 4)).anyMatch(l -> l.contains(",SIGNATORY,2008-12-03,,,,,"))
                .anyMatch(l -> l.endsWith(",NONE,2008-12-03,نيوي,纽埃,Nioué,,"))
                .anyMatch(l -> l.endsWith(",STATE_PARTY,2020-08-06,نيوي,纽埃,Nioué,,"));
    }

    @Test
    void readsTheExportBackIntoAnEmptyTreatyAndExportsTheSame() {
        String exported = admin.get("/participants.csv?treaty=" + treaty).text();
        String empty = aTreaty(admin);
        assertThat(admin.get("/participants.csv?treaty=" + empty).text().lines()).hasSize(1);

        Api.Response imported = admin.send("POST", "/treaties/" + empty + "/statuses", exported, "text/csv");

        assertThat(imported.status()).isEqualTo(200);
        assertThat(imported.json().path("statusesRecorded").asInt()).isEqualTo(3);
        assertThat(imported.json().path("participantsCreated").asInt()).isZero();
        assertThat(admin.get("/participants.csv?treaty=" + empty).text()).isEqualTo(exported);
        assertThat(history(admin.get("/participants.json?treaty=" + empty).json()))
                .isEqualTo(history(admin.get("/participants.json?treaty=" + treaty).json()))
                .containsExactly(niue + " NONE 2008-12-03", niue + " STATE_PARTY 2020-08-06",
                        angola + " SIGNATORY 2008-12-03");
    }

    @Test
    void exportsEveryParticipantAsJsonWithItsNamesAndHistory() {
        JsonNode all = admin.get("/participants.json").json();

        JsonNode state = all.valueStream().filter(p -> niue.equals(p.path("name").asString())).findFirst().orElseThrow();
        assertThat(state.path("names").path("fr").asString()).isEqualTo("Nioué");
        assertThat(state.path("names").path("en").asString()).isEqualTo(niue);
        assertThat(state.path("statuses").valueStream().filter(s -> treaty.equals(s.path("treaty").asString())))
                .extracting(s -> s.path("status").asString()).containsExactly("NONE", "STATE_PARTY");
        assertThat(all.size()).isGreaterThan(admin.get("/participants.json?treaty=" + treaty).json().size());
    }

    @Test
    void refusesAnUnknownTreatyOrNone() {
        assertProblem(admin.get("/participants.csv?treaty=NO-SUCH-TREATY"), 400);
        assertProblem(admin.get("/participants.json?treaty=NO-SUCH-TREATY"), 400);
        assertProblem(admin.get("/participants.csv"), 400);
        assertProblem(api().get("/participants.csv?treaty=" + treaty), 401);
    }

    private static List<String> history(JsonNode participants) {
        List<String> lines = new ArrayList<>();
        participants.valueStream().forEach(p -> p.path("statuses").valueStream().forEach(s -> lines.add(
                p.path("name").asString() + " " + s.path("status").asString() + " " + s.path("since").asString())));
        return lines;
    }
}
