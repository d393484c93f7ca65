package org.plenary.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.support.ApiAssertions.assertForbidden;
import static org.plenary.support.ApiAssertions.assertInvalid;
import static org.plenary.support.ApiAssertions.assertProblem;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryTest;
import org.plenary.silence.ConcludeProcedure;
import org.plenary.support.Api;
import org.plenary.support.Fixtures;
import org.plenary.support.TestClock;
import org.plenary.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Delegates of States Parties attach interpretative statements and reservations to an adopted decision, within the
 * period the officers set (30 days after adoption unless they say otherwise); nobody else, and never after.
 */
class StatementsTest extends PlenaryTest {

    @Autowired
    TestClock clock;

    @Autowired
    ConcludeProcedure conclude;

    private DecisionWorld world;
    private String decision;

    @BeforeEach
    void adopted() {
        world = DecisionWorld.create(admin());
        decision = world.path() + "/" + world.adopted(clock, conclude, "Extension request of Bulgaria",
                "The Meeting grants the request of Bulgaria.", null).get("id").asString();
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aStatePartyAttachesAReservationWithinThePeriodAndNobodyElseDoes() {
        JsonNode before = world.partyDelegate().api().get(decision).json();
        Instant adoptedAt = OffsetDateTime.parse(before.get("adoptedAt").asString()).toInstant();
        assertThat(OffsetDateTime.parse(before.get("statementsUntil").asString()).toInstant())
                .isEqualTo(adoptedAt.plus(Duration.ofDays(30)));
        Map<String, Object> reservation = Map.of("kind", "RESERVATION",
                "text", "Bulgaria reserves its position on paragraph 2.\nIt will revert.");

        assertForbidden(unchanged(() -> world.signatoryDelegate().api().post(decision + "/statements", reservation)),
                DecisionPolicy.ONLY_STATES_PARTIES);
        assertForbidden(unchanged(() -> world.presidency().api().post(decision + "/statements", reservation)),
                DecisionPolicy.ONLY_STATES_PARTIES);
        assertProblem(unchanged(() -> api().post(decision + "/statements", reservation)), 401);
        assertInvalid(unchanged(() -> world.partyDelegate().api().post(decision + "/statements",
                Map.of("kind", "RESERVATION", "text", " "))), "text");
        assertInvalid(unchanged(() -> world.partyDelegate().api().post(decision + "/statements",
                Map.of("kind", "RESERVATION", "text", "a\u0000b"))), "text");
        assertInvalid(unchanged(() -> world.partyDelegate().api().post(decision + "/statements",
                Map.of("text", "No kind"))), "kind");
        assertProblem(unchanged(() -> world.partyDelegate().api().post(decision + "/statements",
                Map.of("kind", "OBJECTION", "text", "Not a kind"))), 400);

        Api.Response attached = world.partyDelegate().api().post(decision + "/statements", reservation);
        assertThat(attached.status()).as(attached.toString()).isEqualTo(201);
        assertThat(attached.header("Location")).isEqualTo("/api/v1" + decision);
        JsonNode shown = api().get(decision).json().get("statements");
        assertThat(shown.size()).isOne();
        assertThat(shown.get(0).get("kind").asString()).isEqualTo("RESERVATION");
        assertThat(shown.get(0).get("participantId").asString()).isEqualTo(world.party());
        assertThat(shown.get(0).get("text").asString()).isEqualTo("Bulgaria reserves its position on paragraph 2.\n"
                + "It will revert.");
        assertThat(count("select count(*) from audit_entry where action = 'decisions.statement.attached' and "
                + "object_id = ?", attached.json().get("id").asString())).isOne();
    }

    @Test
    void theOfficersSetThePeriodAndAStatementAfterItIsRefused() {
        String adoptedAt = world.presidency().api().get(decision).json().get("adoptedAt").asString();
        Instant adopted = OffsetDateTime.parse(adoptedAt).toInstant();
        String period = decision + "/statements-until";

        assertForbidden(unchanged(() -> world.partyDelegate().api().put(period,
                Map.of("statementsUntil", adopted.plus(Duration.ofDays(60)).toString()))),
                "Only the Presidency and the Secretariat of the process may set the period for statements");
        assertInvalid(unchanged(() -> world.presidency().api().put(period,
                Map.of("statementsUntil", adopted.minusSeconds(1).toString()))), "statementsUntil");
        JsonNode set = world.presidency().api().put(period, Map.of("statementsUntil",
                adopted.plus(Duration.ofHours(1)).toString())).json();
        assertThat(OffsetDateTime.parse(set.get("statementsUntil").asString()).toInstant())
                .isEqualTo(adopted.plus(Duration.ofHours(1)));
        assertThat(count("select count(*) from audit_entry where action = 'decisions.statements-period.set' and "
                + "object_id = ?", set.get("id").asString())).isOne();

        clock.advance(Duration.ofHours(1));
        assertThat(api().get(decision).json().get("statements").size()).isZero();
        assertProblem(unchanged(() -> world.partyDelegate().api().post(decision + "/statements",
                Map.of("kind", "INTERPRETATIVE_STATEMENT", "text", "Bulgaria understands paragraph 2 as …"))), 409);
    }

    @Test
    void aDelegateAttachesAStatementFromTheDecisionPage() {
        String code = world.admin().get("/processes/" + world.process()).json().get("code").asString();
        String page = "/processes/" + code + "/decisions/" + decision.substring(decision.lastIndexOf('/') + 1);
        assertThat(WebSession.anonymous(port).get(page).body()).doesNotContain("name=\"kind\"");
        WebSession signatory = WebSession.signIn(port, world.signatoryDelegate().username(), Fixtures.PASSWORD);
        assertThat(signatory.get(page).body()).doesNotContain("name=\"kind\"");

        WebSession delegate = WebSession.signIn(port, world.partyDelegate().username(), Fixtures.PASSWORD);
        assertThat(delegate.get(page).body()).contains("name=\"kind\"").doesNotContain("name=\"until\"");
        HttpResponse<String> empty = delegate.post(page + "/statements", Map.of("kind", "RESERVATION", "text", ""));
        assertThat(empty.statusCode()).isEqualTo(400);
        HttpResponse<String> attached = delegate.post(page + "/statements", Map.of("kind", "INTERPRETATIVE_STATEMENT",
                "text", "Bulgaria understands paragraph 2 as applying to stockpiles only."));
        assertThat(attached.statusCode()).isEqualTo(302);
        assertThat(delegate.get(page).body()).contains("The statement is attached to the decision.")
                .contains("Bulgaria understands paragraph 2 as applying to stockpiles only.")
                .contains("Interpretative statement");
    }
}
