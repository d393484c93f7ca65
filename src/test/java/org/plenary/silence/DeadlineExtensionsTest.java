package org.plenary.silence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.plenary.support.ApiAssertions.assertProblem;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryTest;
import org.plenary.roster.DeadlineExtensionDecided;
import org.plenary.roster.ParticipantId;
import org.plenary.support.Fixtures;
import org.plenary.support.TestClock;
import org.plenary.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Drafts granting extensions of States' obligation deadlines, over HTTP: at the deadline the roster extends the
 * deadline of the State whose draft was adopted, keeping the earlier one and the decision in its history, and leaves
 * that of the State whose draft an objection reached as it was; a decision delivered twice extends once.
 */
class DeadlineExtensionsTest extends PlenaryTest {

    @Autowired
    TestClock clock;

    @Autowired
    ConcludeProcedure conclude;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    private SilenceWorld world;

    @BeforeEach
    void world() {
        world = SilenceWorld.create(admin(), "PT1M");
    }

    @AfterEach
    void realTime() {
        clock.reset();
        world.withdrawOpen();
    }

    @Test
    void onlyTheAdoptedDraftExtendsItsStatesDeadline() {
        String a = world.partyA();
        String b = world.partyB();
        assertThat(admin().put(obligations(a), Map.of("treaty", world.treaty(), "article", "Article 4",
                "deadline", "2021-03-01")).status()).isEqualTo(200);
        assertThat(admin().put(obligations(b), Map.of("treaty", world.treaty(), "article", "Article 4",
                "deadline", "2021-10-01")).status()).isEqualTo(200);
        assertProblem(world.presidency().api().put(obligations(a), Map.of("treaty", world.treaty(),
                "article", "Article 4", "deadline", "2030-01-01")), 403);
        assertProblem(admin().put(obligations(a), Map.of("treaty", world.treaty(), "article", " ")), 400);

        Instant deadline = Instant.now().plus(Duration.ofMinutes(2)).truncatedTo(ChronoUnit.SECONDS);
        assertProblem(world.presidency().api().post(world.path(), body(deadline, "not-an-id", a)), 400);
        String id = world.circulated(body(deadline, a, b));
        List<String> drafts = world.presidency().api().get(world.path(id)).json().get("drafts").valueStream()
                .map(d -> d.get("id").asString()).toList();
        world.delegateA().api().post(world.path(id) + "/objections",
                Map.of("reason", "Not yet.", "drafts", List.of(drafts.get(1))));

        clock.setTo(deadline);
        conclude.atDeadline(SilenceProcedureId.parse(id));
        await().atMost(Duration.ofSeconds(20)).until(() -> current(a).get("deadline").asString().equals("2023-03-01"));
        JsonNode extended = current(a);
        assertThat(extended.get("history").size()).isEqualTo(2);
        JsonNode change = extended.get("history").get(1);
        assertThat(change.get("previous").asString()).isEqualTo("2021-03-01");
        assertThat(change.get("decision").asString()).isEqualTo(drafts.get(0));
        assertThat(change.get("decidedBy").asString()).isEqualTo("CCM/CONF/2021/DEC.1");
        assertThat(WebSession.signIn(port, world.delegateB().username(), Fixtures.PASSWORD)
                .get("/roster/participants/" + a).body())
                .contains("1 March 2021 → 1 March 2023, extended by decision CCM/CONF/2021/DEC.1");
        DeadlineExtensionDecided again = new DeadlineExtensionDecided(world.treaty(), ParticipantId.parse(a),
                "Article 4", LocalDate.parse("2023-03-01"), UUID.fromString(drafts.get(0)), "CCM/CONF/2021/DEC.1",
                deadline);
        transactions.executeWithoutResult(t -> events.publishEvent(again));
        await().atMost(Duration.ofSeconds(20)).until(() -> delivered(drafts.get(0)) == 2);
        assertThat(current(a).get("history").size()).as("extended once when delivered twice").isEqualTo(2);
        JsonNode kept = current(b);
        assertThat(kept.get("deadline").asString()).isEqualTo("2021-10-01");
        assertThat(kept.get("history").size()).isOne();
        assertThat(audited(a, "roster.obligation.extended")).isOne();
        assertThat(audited(b, "roster.obligation.extended")).isZero();

        await().atMost(Duration.ofSeconds(20)).until(() -> !world.presidency().api().get(world.path(id)).json()
                .get("drafts").get(0).get("effectResult").isNull());
        JsonNode concluded = world.presidency().api().get(world.path(id)).json();
        assertThat(concluded.get("drafts").get(0).get("effectResult").asString())
                .as("the roster answers what it did, as other effects do")
                .startsWith("The Article 4 deadline of ").endsWith(" is extended from 1 March 2021 to 1 March 2023");
        assertThat(concluded.get("drafts").get(1).get("effectResult").isNull()).isTrue();
        String code = world.presidency().api().get("/processes/" + world.process()).json().get("code").asString();
        assertThat(WebSession.anonymous(port).get("/processes/" + code + "/silence/"
                + concluded.get("reference").asString()).body()).contains("is extended from 1 March 2021 to 1 March 2023");
        assertThat(count("select count(*) from audit_entry where object_id = ? and action = 'silence.draft.effect'",
                id)).isOne();
    }

    private long delivered(String decision) {
        return count("""
                select count(*) from event_publication
                 where listener_id like '%ExtendObligationDeadline%' and completion_date is not null
                   and serialized_event like ?
                """, "%" + decision + "%");
    }

    private long audited(String participant, String action) {
        return count("select count(*) from audit_entry where object_id = ? and action = ?", participant, action);
    }

    private JsonNode current(String participant) {
        return world.delegateB().api().get(obligations(participant)).json().get(0);
    }

    private static String obligations(String participant) {
        return "/participants/" + participant + "/obligations";
    }

    private static Map<String, Object> body(Instant deadline, String first, String second) {
        return Map.of("subject", "Requests for extension of deadlines under Article 4", "deadline", deadline.toString(),
                "drafts", List.of(draft(1, first, "2023-03-01"), draft(2, second, "2022-10-01")));
    }

    private static Map<String, Object> draft(int n, String state, String until) {
        return Map.of("symbol", "CCM/CONF/2021/DEC." + n, "title", "Request " + n,
                "text", "The States Parties grant request " + n + ".", "effect", Map.of(
                        "type", "RECORD_DEADLINE_EXTENSION", "participantId", state, "article", "Article 4",
                        "deadline", until));
    }
}
