package org.plenary.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.plenary.support.ApiAssertions.assertProblem;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
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
 * The final report put under silence with a short review period: its procedure lists the decisions taken and the
 * procedures broken, with links, on its page, in its text and in its outcome letter; a deadline closer than the
 * process's minimum period needs a reason, which is kept, audited and shown.
 */
class ReportProcedureTest extends PlenaryTest {

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
    void theReportProcedureListsTheDecisionsTakenAndTheProceduresBrokenWithLinks() {
        JsonNode peru = world.adopted(clock, conclude, "Extension request of Peru", "The Meeting grants Peru's "
                + "request.", null);
        JsonNode bulgaria = world.adopted(clock, conclude, "Extension request of Bulgaria", "The Meeting grants "
                + "Bulgaria's request.", null);
        String broken = brokenProcedure();
        String report = report();
        Api presidency = world.presidency().api();
        String reports = "/processes/" + world.process() + "/report-procedures";
        Instant deadline = clock.instant().plus(Duration.ofSeconds(40)).truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> body = new HashMap<>(Map.of("document", report, "deadline", deadline.toString()));

        Api.Response tooSoon = unchanged(() -> presidency.post(reports, body));
        assertProblem(tooSoon, 400);
        assertThat(tooSoon.raw().body()).contains("minimum period");
        assertProblem(unchanged(() -> presidency.post(reports, Map.of("document", UUID.randomUUID().toString(),
                "deadline", deadline.toString(), "shortPeriodReason", "24 hours"))), 400);
        assertProblem(unchanged(() -> world.partyDelegate().api().post(reports, Map.of("document", report,
                "deadline", deadline.toString(), "shortPeriodReason", "24 hours"))), 403);

        body.put("shortPeriodReason", "States Parties review the draft final report for 24 hours, as is usual.");
        Api.Response put = presidency.post(reports, body);
        assertThat(put.status()).as(put.toString()).isEqualTo(201);
        JsonNode listed = put.json();
        String id = listed.get("procedureId").asString();
        assertThat(listed.get("decisions").valueStream().map(d -> d.get("id").asString()))
                .containsExactly(peru.get("id").asString(), bulgaria.get("id").asString());
        assertThat(listed.get("decisions").get(0).get("link").asString())
                .endsWith("/decisions/" + peru.get("id").asString());
        assertThat(listed.get("brokenProcedures").valueStream().map(b -> b.get("id").asString()))
                .containsExactly(broken);
        assertThat(presidency.get(reports + "/" + id).json()).isEqualTo(listed);
        assertProblem(world.partyDelegate().api().get(reports + "/" + id), 404);
        assertProblem(api().get(reports + "/" + id), 401);

        String procedures = "/processes/" + world.process() + "/silence-procedures/" + id;
        JsonNode procedure = presidency.get(procedures).json();
        assertThat(procedure.get("shortPeriodReason").asString()).startsWith("States Parties review");
        assertThat(procedure.get("documents").valueStream().map(JsonNode::asString)).containsExactly(report);
        assertThat(procedure.get("proposal").asString()).contains("1. SP.1 – Extension request of Peru, adopted on",
                "2. SP.2 – Extension request of Bulgaria", "/decisions/" + bulgaria.get("id").asString(),
                "Procedures broken:\n1. SP.3 – Venue of the meeting", "/silence/SP.3");
        assertThat(count("select count(*) from audit_entry where action = 'decisions.report.put-under-silence' "
                + "and object_id = ?", id)).isOne();
        assertThat(count("select count(*) from audit_entry where action = 'silence.procedure.drafted' and object_id "
                + "= ? and after::text like '%States Parties review the draft final report%'", id)).isOne();

        Api.Response circulated = presidency.post(procedures + "/circulate", null);
        assertThat(circulated.status()).as(circulated.toString()).isEqualTo(200);
        String code = presidency.get("/processes/" + world.process()).json().get("code").asString();
        String reference = presidency.get(procedures).json().get("reference").asString();
        String page = WebSession.anonymous(port).get("/processes/" + code + "/silence/" + reference).body();
        assertThat(page).contains("<a href=\"http", "/decisions/" + peru.get("id").asString() + "\" dir=\"ltr\">",
                "/silence/SP.3\" dir=\"ltr\">", "id=\"short-period\"",
                "States Parties review the draft final report for 24 hours");

        clock.setTo(deadline);
        assertThat(conclude.atDeadline(SilenceProcedureId.parse(id))).isEqualTo(ConcludeProcedure.Result.ADOPTED);
        String letter = "/processes/" + world.process() + "/letters/"
                + presidency.get(procedures).json().get("outcomeLetterId").asString();
        await().atMost(Duration.ofSeconds(30)).until(() -> presidency.get(letter).status() == 200);
        assertThat(presidency.get(letter).json().get("body").asString())
                .contains("SP.2 – Extension request of Bulgaria", "/decisions/" + bulgaria.get("id").asString());
    }

    /** A procedure broken by the State Party's objection; answers its id. */
    private String brokenProcedure() {
        String procedures = "/processes/" + world.process() + "/silence-procedures";
        String id = world.presidency().api().post(procedures, Map.of("subject", "Venue of the meeting",
                "proposal", "The meeting is held in Geneva.", "deadline",
                clock.instant().plus(Duration.ofMinutes(5)).truncatedTo(ChronoUnit.SECONDS).toString())).json()
                .get("id").asString();
        assertThat(world.presidency().api().post(procedures + "/" + id + "/circulate", null).status()).isEqualTo(200);
        assertThat(world.partyDelegate().api().post(procedures + "/" + id + "/objections",
                Map.of("reason", "We prefer Vienna.")).status()).isEqualTo(201);
        assertThat(world.presidency().api().get(procedures + "/" + id).json().get("status").asString())
                .isEqualTo("BROKEN");
        return id;
    }

    /** The draft final report, a document of the process. */
    private String report() {
        String boundary = "report-boundary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"metadata\"\r\n"
                + "Content-Type: application/json\r\n\r\n{\"title\":\"Draft final report\",\"type\":\"REPORT\","
                + "\"distribution\":\"GENERAL\",\"originalLanguage\":\"en\"}\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"en\"; filename=\"report.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\nThe draft final report.\r\n--" + boundary + "--\r\n";
        Api.Response created = world.presidency().api().send("POST", "/processes/" + world.process()
                + "/documents", body, "multipart/form-data; boundary=" + boundary);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asString();
    }
}
