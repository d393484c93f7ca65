package org.plenary.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.support.ApiAssertions.assertForbidden;
import static org.plenary.support.ApiAssertions.assertProblem;
import static org.plenary.support.Fixtures.aDelegate;
import static org.plenary.support.Fixtures.aProcess;
import static org.plenary.support.Fixtures.aStateWithIso3;
import static org.plenary.support.Fixtures.anOfficer;
import static org.plenary.support.Fixtures.anOrganisation;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryTest;
import org.plenary.support.Api;
import tools.jackson.databind.JsonNode;

/**
 * Contacts in bulk: an administrator imports a CSV naming States by ISO code and organisations by name, all or
 * nothing (a bad row answers 400 with its line), and exports every contact as CSV that the import reads back.
 */
class ContactImportTest extends PlenaryTest {

    private static final String HEADER = "participant,email,name,role,language\n";

    private Api admin;
    private String iso3;
    private String state;
    private String organisationName;
    private String organisation;

    @BeforeEach
    void aStateAndAnOrganisation() {
        admin = admin();
        JsonNode created = aStateWithIso3(admin).json();
        state = created.get("id").asString();
        iso3 = created.get("iso3").asString();
        organisation = anOrganisation(admin);
        organisationName = admin.get("/participants/" + organisation).json().get("name").asString();
    }

    private Api.Response importing(String csv) {
        return admin.send("POST", "/contacts", csv, "text/csv");
    }

    @Test
    void importsEveryRowAndExportsThemForTheImport() {
        Api.Response imported = importing(HEADER + iso3 + ",mission@" + iso3.toLowerCase() + ".example.org,"
                + "\"Mission permanente, Genève\",MISSION,fr\n"
                + iso3.toLowerCase() + ",capital@" + iso3.toLowerCase() + ".example.org,,CAPITAL,es\n"
                + organisationName + ",focal@org.example.org,=HYPERLINK(\"x\"),FOCAL_POINT,\n");
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(imported.json().get("contacts").asInt()).isEqualTo(3);
        JsonNode ofState = admin.get("/participants/" + state + "/contacts").json();
        assertThat(ofState.valueStream().map(c -> c.get("language").asString())).containsExactlyInAnyOrder("fr", "es");
        assertThat(admin.get("/participants/" + organisation + "/contacts").json().get(0).get("language").asString())
                .isEqualTo("en");

        Api.Response exported = admin.withHeader("Accept", "text/csv").get("/contacts");
        assertThat(exported.status()).isEqualTo(200);
        assertThat(exported.header("Content-Type")).startsWith("text/csv");
        String csv = exported.text();
        assertThat(csv).startsWith("\uFEFFparticipant,email,name,role,language")
                .contains(iso3 + ",mission@" + iso3.toLowerCase() + ".example.org,\"Mission permanente, Genève\",MISSION,fr")
                .as("a formula is neutralised").contains("'=HYPERLINK");

        jdbc.sql("delete from contact where participant in (?::uuid, ?::uuid)").param(state).param(organisation).update();
        String ours = csv.lines().filter(l -> l.startsWith(iso3 + ",") || l.startsWith(organisationName + ","))
                .reduce(HEADER, (all, line) -> all + line + "\n");
        assertThat(importing(ours).json().get("contacts").asInt()).as("the export, imported again").isEqualTo(3);
        assertThat(admin.get("/participants/" + state + "/contacts").json().size()).isEqualTo(2);
    }

    @Test
    void aBadRowIsRefusedWithItsLineAndNothingIsImported() {
        String good = iso3 + ",one@example.org,,MISSION,en\n";
        for (String[] bad : List.of(
                new String[] {"ZZZ-unknown,two@example.org,,MISSION,en\n", "No State or organisation"},
                new String[] {iso3 + ",not-an-address,,MISSION,en\n", "e-mail"},
                new String[] {iso3 + ",two@example.org,,AMBASSADOR,en\n", "AMBASSADOR"},
                new String[] {iso3 + ",two@example.org,,MISSION,de\n", "language"},
                new String[] {iso3 + ",ONE@example.org,,OTHER,en\n", "twice"})) {
            Api.Response refused = unchanged(() -> importing(HEADER + good + bad[0]));
            JsonNode problem = assertProblem(refused, 400);
            assertThat(problem.get("detail").asString()).startsWith("Line 3: ").contains(bad[1]);
        }
        assertProblem(unchanged(() -> importing("email,role\nx@example.org,MISSION\n")), 400);
        assertProblem(unchanged(() -> importing("")), 400);
        byte[] latin1 = (HEADER + iso3 + ",genève@example.org,,MISSION,fr\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertProblem(unchanged(() -> admin.send("POST", "/contacts", latin1, "text/csv")), 400);
    }

    @Test
    void onlyAdministratorsImportAndExport() {
        String process = aProcess(admin);
        for (Api refused : List.of(anOfficer(admin, process, "PRESIDENCY").api(), aDelegate(admin, state).api())) {
            assertForbidden(unchanged(() -> refused.send("POST", "/contacts", HEADER + iso3 + ",x@example.org,,MISSION,en\n",
                    "text/csv")), ContactPolicy.BULK);
            assertForbidden(refused.withHeader("Accept", "text/csv").get("/contacts"), ContactPolicy.BULK);
        }
    }
}
