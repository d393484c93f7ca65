package org.plenary.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.plenary.support.ApiAssertions.assertProblem;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryTest;
import org.plenary.silence.ConcludeProcedure;
import org.plenary.silence.SilenceProcedureId;
import org.plenary.support.Api;
import org.plenary.support.TestClock;
import org.plenary.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A draft cites earlier decisions of its process ("revises", "recalls"): checked to be decisions of the process,
 * shown on the draft and, once circulated, on the decision cited ("revised by"), and kept by the decision the draft
 * becomes.
 */
class CitationsTest extends PlenaryTest {

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
    void aDraftRevisesAnEarlierDecisionShownBothWaysAndKeptOnceAdopted() {
        String peru = world.adopted(clock, conclude, "Extension request of Peru", "The Meeting grants Peru's "
                + "request until 1 March 2023.", null).get("id").asString();
        Api presidency = world.presidency().api();
        String procedures = "/processes/" + world.process() + "/silence-procedures";
        String deadline = clock.instant().plus(Duration.ofMinutes(2)).truncatedTo(ChronoUnit.SECONDS).toString();
        JsonNode sp2 = presidency.post(procedures, body(deadline, Map.of("decision", peru, "relation", "REVISES"),
                Map.of("decision", peru, "relation", "RECALLS"))).json();
        String id = sp2.get("id").asString();
        JsonNode cited = sp2.get("drafts").get(0).get("cites").get(0);
        assertThat(cited.get("decisionId").asString()).isEqualTo(peru);
        assertThat(cited.get("relation").asString()).isEqualTo("REVISES");
        assertThat(cited.get("symbol").asString()).isEqualTo("SP.1");
        assertThat(sp2.get("drafts").get(1).get("cites").get(0).get("relation").asString()).isEqualTo("RECALLS");
        assertThat(count("select count(*) from audit_entry where action = 'silence.procedure.drafted' and "
                + "object_id = ? and after like ?", id, "%REVISES " + peru + "%")).isOne();
        Map<String, Object> renamed = new java.util.HashMap<>(body(deadline, Map.of("decision", peru, "relation",
                "REVISES"), Map.of("decision", peru, "relation", "RECALLS")));
        renamed.put("subject", "Extension requests of Peru and Bulgaria");
        renamed.remove("drafts");
        assertThat(presidency.put(procedures + "/" + id, renamed).json().get("drafts").get(1).get("cites").size())
                .as("an edit that leaves the drafts keeps their citations").isOne();
        String register = "/processes/" + world.process() + "/decisions/";
        assertThat(api().get(register + peru).json().get("citedBy").size()).as("a draft is not yet public").isZero();

        assertThat(presidency.post(procedures + "/" + id + "/circulate", null).status()).isEqualTo(200);
        JsonNode citedBy = api().get(register + peru).json().get("citedBy");
        assertThat(citedBy.valueStream().map(c -> c.get("relation").asString())).containsExactly("REVISES", "RECALLS");
        assertThat(citedBy.get(0).get("reference").asString()).isEqualTo("SP.2");
        assertThat(citedBy.get(0).get("procedureId").asString()).isEqualTo(id);
        assertThat(citedBy.get(0).get("status").asString()).isEqualTo("OPEN");

        String code = presidency.get("/processes/" + world.process()).json().get("code").asString();
        WebSession anybody = WebSession.anonymous(port);
        assertThat(anybody.get("/processes/" + code + "/silence/SP.2").body())
                .contains("Revises <a href=\"/processes/" + code + "/decisions/" + peru + "\">", "Recalls <a href");
        assertThat(anybody.get("/processes/" + code + "/decisions/" + peru).body())
                .contains("Related decisions", "Revised by <a href=\"/processes/" + code + "/silence/SP.2",
                        "Recalled by");

        clock.setTo(Instant.parse(deadline));
        conclude.atDeadline(SilenceProcedureId.parse(id));
        String revision = presidency.get(procedures + "/" + id).json().get("drafts").get(0).get("id").asString();
        await().atMost(Duration.ofSeconds(30)).until(() -> api().get(register + revision).status() == 200);
        JsonNode revised = api().get(register + revision).json();
        assertThat(revised.get("cites").get(0).get("decisionId").asString()).isEqualTo(peru);
        assertThat(api().get(register + peru).json().get("citedBy").get(0).get("status").asString())
                .isEqualTo("ADOPTED");
        assertThat(anybody.get("/processes/" + code + "/decisions/" + revision).body())
                .contains("Revises <a href=\"/processes/" + code + "/decisions/" + peru + "\">");
    }

    @Test
    void onlyDecisionsOfTheSameProcessMayBeCited() {
        String elsewhere = DecisionWorld.create(admin()).adopted(clock, conclude, "Elsewhere", "Another process.",
                null).get("id").asString();
        String peru = world.adopted(clock, conclude, "Extension request of Peru", "Granted.", null).get("id")
                .asString();
        Api presidency = world.presidency().api();
        String procedures = "/processes/" + world.process() + "/silence-procedures";
        String deadline = clock.instant().plus(Duration.ofMinutes(2)).truncatedTo(ChronoUnit.SECONDS).toString();
        String open = presidency.post(procedures, body(deadline, Map.of("decision", peru, "relation", "RECALLS"),
                Map.of("decision", peru, "relation", "RECALLS"))).json().get("drafts").get(0).get("id").asString();
        for (Map<String, Object> cite : List.<Map<String, Object>>of(
                Map.of("decision", elsewhere, "relation", "REVISES"),
                Map.of("decision", UUID.randomUUID().toString(), "relation", "REVISES"),
                Map.of("decision", "not-an-id", "relation", "REVISES"),
                Map.of("decision", open, "relation", "REVISES"),
                Map.of("decision", peru))) {
            Api.Response refused = unchanged(() -> presidency.post(procedures, body(deadline, cite,
                    Map.of("decision", peru, "relation", "RECALLS"))));
            assertProblem(refused, 400);
            assertThat(refused.raw().body()).as(cite.toString()).contains("drafts[0].cites");
        }
        assertProblem(unchanged(() -> presidency.post(procedures, body(deadline, Map.of("decision", peru, "relation",
                "AMENDS"), Map.of("decision", peru, "relation", "RECALLS")))), 400);
    }

    /** A procedure with two drafts, each citing one decision. */
    private static Map<String, Object> body(String deadline, Map<String, Object> first, Map<String, Object> second) {
        return Map.of("subject", "Extension requests", "deadline", deadline, "drafts", List.of(
                Map.of("title", "Revised extension for Peru", "text", "The Meeting grants Peru until 1 March 2024.",
                        "cites", List.of(first)),
                Map.of("title", "Extension for Bulgaria", "text", "The Meeting grants Bulgaria.",
                        "cites", List.of(second))));
    }
}
