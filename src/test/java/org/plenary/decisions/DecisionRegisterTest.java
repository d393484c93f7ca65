package org.plenary.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.support.ApiAssertions.assertProblem;

import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryTest;
import org.plenary.silence.ConcludeProcedure;
import org.plenary.support.Api;
import org.plenary.support.TestClock;
import org.plenary.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A procedure adopted at its deadline puts its decision in the process's register, which anybody reads: the list,
 * each decision with its text and versions, a search, and the public pages.
 */
class DecisionRegisterTest extends PlenaryTest {

    private static final String PERU = "The Meeting grants the request of Peru for an extension of its Article 4 "
            + "deadline until 1 March 2023.";

    @Autowired
    TestClock clock;

    @Autowired
    ConcludeProcedure conclude;

    private DecisionWorld world;

    @BeforeEach
    void world() {
        world = DecisionWorld.create(admin());
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void anAdoptedProcedureIsInTheRegisterWithItsTextAndVersionsForAnybody() {
        JsonNode entry = world.adopted(clock, conclude, "Extension request of Peru", PERU,
                "La Réunion accorde au Pérou la prolongation demandée jusqu’au 1er mars 2023.");
        world.adopted(clock, conclude, "Extension request of Bulgaria", "The Meeting grants the request of "
                + "Bulgaria.", null);

        Api anybody = api();
        JsonNode register = anybody.get(world.path()).json();
        assertThat(register.size()).isEqualTo(2);
        assertThat(register.get(1)).isEqualTo(entry);
        assertThat(entry.propertyNames()).containsExactlyInAnyOrder("id", "symbol", "title", "adoptedOn",
                "procedureId", "languages");
        assertThat(entry.get("symbol").asString()).isEqualTo("SP.1");
        assertThat(entry.get("title").asString()).isEqualTo("Extension request of Peru");
        assertThat(entry.get("languages").valueStream().map(JsonNode::asString)).containsExactly("en", "fr");

        JsonNode decision = anybody.get(world.path() + "/" + entry.get("id").asString()).json();
        assertThat(decision.get("text").asString()).isEqualTo(PERU);
        assertThat(decision.get("originalLanguage").asString()).isEqualTo("en");
        assertThat(decision.get("versions").get("fr").asString()).startsWith("La Réunion accorde au Pérou");
        assertThat(decision.get("adoptedOn").asString()).isEqualTo(entry.get("adoptedOn").asString());
        assertThat(decision.get("statements").size()).isZero();
        assertThat(decision.get("statementsUntil").asString()).isNotBlank();

        JsonNode found = anybody.get(world.path() + "?q=PROLONGATION").json();
        assertThat(found.valueStream().map(d -> d.get("title").asString())).containsExactly("Extension request of Peru");
        assertThat(anybody.get(world.path() + "?q=100%25").json().size()).as("% is searched literally").isZero();
        assertProblem(anybody.get(world.path() + "?q=a%00b"), 400);
        assertProblem(anybody.get(world.path() + "/" + UUID.randomUUID()), 404);
        assertProblem(anybody.get(world.path() + "/not-an-id"), 404);
        String elsewhere = org.plenary.support.Fixtures.aProcess(world.admin(), world.treaty());
        assertProblem(anybody.get("/processes/" + elsewhere + "/decisions/" + entry.get("id").asString()), 404);
        assertThat(count("select count(*) from audit_entry where action = 'decisions.decision.recorded' and "
                + "object_id = ?", entry.get("id").asString())).isOne();
    }

    @Test
    void anybodyReadsTheRegisterPageSearchesItAndReadsADecisionInItsVersions() {
        JsonNode entry = world.adopted(clock, conclude, "Extension request of Peru <em>", PERU,
                "La Réunion accorde au Pérou la prolongation demandée.");
        WebSession anybody = WebSession.anonymous(port);
        String code = world.admin().get("/processes/" + world.process()).json().get("code").asString();

        HttpResponse<String> register = anybody.get("/processes/" + code + "/decisions");
        assertThat(register.statusCode()).isEqualTo(200);
        assertThat(register.body()).contains("Extension request of Peru &lt;em&gt;", "SP.1")
                .contains("/decisions/" + entry.get("id").asString() + ".pdf?lang=fr");
        assertThat(anybody.get("/processes/" + code + "/decisions?q=nothing+like+this").body())
                .contains("No decision contains this text.").doesNotContain("Extension request of Peru");

        HttpResponse<String> page = anybody.get("/processes/" + code + "/decisions/" + entry.get("id").asString()
                + "?version=fr");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("La Réunion accorde au Pérou la prolongation demandée.")
                .contains("Adopted by silence procedure on").contains("No statement has been attached.");
        assertThat(anybody.get("/processes/" + code).body()).as("the process's home page names the decision")
                .contains("Extension request of Peru &lt;em&gt;");
    }
}
