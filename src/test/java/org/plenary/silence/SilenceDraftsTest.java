package org.plenary.silence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.plenary.support.ApiAssertions.assertProblem;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryTest;
import org.plenary.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import tools.jackson.databind.JsonNode;

/**
 * Several draft decisions under one procedure, over HTTP: an objection reaches the drafts it names (every draft
 * when it names none) and only those are not adopted; at the deadline the others are adopted, each published once
 * as {@link DraftAdopted}, and the procedure is broken when any draft was not adopted.
 */
class SilenceDraftsTest extends PlenaryTest {

    @Autowired
    TestClock clock;

    @Autowired
    ConcludeProcedure conclude;

    @Autowired
    ConfigurableApplicationContext context;

    /** The drafts adopted while a test runs, by whichever thread concludes (this one or a deadline timer). */
    private final List<DraftAdopted> adopted = new CopyOnWriteArrayList<>();
    private final ApplicationListener<ApplicationEvent> listener = event -> {
        if (event instanceof PayloadApplicationEvent<?> payload && payload.getPayload() instanceof DraftAdopted d) {
            adopted.add(d);
        }
    };

    private SilenceWorld world;

    @BeforeEach
    void world() {
        world = SilenceWorld.create(admin(), "PT1M");
        context.addApplicationListener(listener);
    }

    @AfterEach
    void realTimeAndNothingLeftOpen() {
        context.removeApplicationListener(listener);
        clock.reset();
        world.withdrawOpen();
    }

    /** Concludes at the deadline, here or by this instance's timer that the moved clock may wake first. */
    private JsonNode concludedAt(Instant deadline, String id, String status) {
        clock.setTo(deadline);
        assertThat(conclude.atDeadline(SilenceProcedureId.parse(id))).isNotEqualTo(ConcludeProcedure.Result.NOT_DUE);
        await().atMost(Duration.ofSeconds(10)).until(() -> world.presidency().api().get(world.path(id)).json()
                .get("status").asString().equals(status));
        assertThat(conclude.atDeadline(SilenceProcedureId.parse(id))).isEqualTo(ConcludeProcedure.Result.NOTHING_TO_DO);
        return world.presidency().api().get(world.path(id)).json();
    }

    @Test
    void anObjectionToOneDraftOfThreeLeavesTheOthersToBeAdoptedAtTheDeadline() {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2)).truncatedTo(ChronoUnit.SECONDS);
        String id = world.circulated(world.drafts(deadline, 3));
        JsonNode open = world.presidency().api().get(world.path(id)).json();
        List<String> drafts = open.get("drafts").valueStream().map(d -> d.get("id").asString()).toList();
        assertThat(open.get("drafts").valueStream().map(d -> d.get("symbol").asString()))
                .containsExactly("ATT/CSP6/2020/DEC.1", "ATT/CSP6/2020/DEC.2", "ATT/CSP6/2020/DEC.3");
        assertThat(open.get("proposal").asString()).contains("2. ATT/CSP6/2020/DEC.2 – Decision 2 of the Conference");

        assertThat(world.presidency().api().put(world.path(id) + "/drafts/" + drafts.get(0) + "/versions/fr",
                Map.of("title", "Décision 1", "text", "La Conférence décide du point 1.")).status()).isEqualTo(200);
        assertProblem(world.presidency().api().put(world.path(id) + "/drafts/" + drafts.get(0) + "/versions/fr",
                Map.of("title", "Décision 1", "text", "Autre texte.")), 409);
        JsonNode objection = world.delegateA().api().post(world.path(id) + "/objections",
                Map.of("reason", "Not item 2.", "drafts", List.of(drafts.get(1)))).json();
        assertThat(objection.get("breaksSilence").asBoolean()).isTrue();
        JsonNode afterObjection = world.delegateB().api().get(world.path(id)).json();
        assertThat(afterObjection.get("status").asString()).isEqualTo("OPEN");
        assertThat(statuses(afterObjection)).containsExactly("OPEN", "NOT_ADOPTED", "OPEN");
        assertThat(afterObjection.get("objections").get(0).get("drafts").valueStream().map(JsonNode::asString))
                .containsExactly(drafts.get(1));
        assertProblem(world.delegateA().api().post(world.path(id) + "/objections",
                Map.of("reason", "Again.", "drafts", List.of(drafts.get(1)))), 409);
        assertProblem(world.delegateA().api().post(world.path(id) + "/objections",
                Map.of("reason", "Unknown.", "drafts", List.of(id))), 400);
        assertThat(world.delegateB().api().post(world.path(id) + "/comments",
                Map.of("text", "On item 3.", "drafts", List.of(drafts.get(2)))).status()).isEqualTo(201);
        assertThat(count("select count(*) from audit_entry where object_id = ? and action = 'silence.drafts.not-adopted'",
                id)).isEqualTo(1);

        JsonNode concluded = concludedAt(deadline, id, "BROKEN");
        assertThat(OffsetDateTime.parse(concluded.get("concludedAt").asString()).toInstant()).isEqualTo(deadline);
        assertThat(statuses(concluded)).containsExactly("ADOPTED", "NOT_ADOPTED", "ADOPTED");
        assertThat(concluded.get("drafts").get(0).get("decisionId").asString()).isEqualTo(drafts.get(0));
        assertThat(concluded.get("drafts").get(1).get("decisionId").isNull()).isTrue();
        List<DraftAdopted> adopted = adoptedIn(id);
        assertThat(adopted).extracting(DraftAdopted::symbol)
                .containsExactly("ATT/CSP6/2020/DEC.1", "ATT/CSP6/2020/DEC.3");
        assertThat(adopted.getFirst().adoptedAt()).isEqualTo(deadline);
        assertThat(adopted.getFirst().procedureId().toString()).isEqualTo(id);
        assertThat(adopted.getFirst().text()).isEqualTo("The Conference decides item 1.");
        assertThat(adopted.getFirst().versions()).isEqualTo(Map.of("en", "The Conference decides item 1.",
                "fr", "La Conférence décide du point 1."));
        assertThat(adopted.getLast().versions()).isEqualTo(Map.of("en", "The Conference decides item 3."));
        assertThat(count("select count(*) from audit_entry where object_id = ? and action = 'silence.procedure.concluded'",
                id)).isEqualTo(1);
        assertThat(world.outcomeLetter(id).get("body").asString())
                .contains("ATT/CSP6/2020/DEC.1 – Decision 1 of the Conference: adopted")
                .contains("ATT/CSP6/2020/DEC.2 – Decision 2 of the Conference: not adopted (silence broken by");
    }

    @Test
    void anObjectionNamingNoDraftReachesEveryDraftAndBreaksTheProcedureAtOnce() {
        String id = world.circulated(world.drafts(Instant.now().plus(Duration.ofMinutes(2)), 2));
        world.delegateA().api().post(world.path(id) + "/objections", Map.of("reason", "None of them."));
        JsonNode broken = world.presidency().api().get(world.path(id)).json();
        assertThat(broken.get("status").asString()).isEqualTo("BROKEN");
        assertThat(statuses(broken)).containsExactly("NOT_ADOPTED", "NOT_ADOPTED");
        assertThat(broken.get("objections").get(0).get("drafts").size()).isEqualTo(2);
    }

    @Test
    void aProcedureDraftedWithAProposalHasOneDraftAndPublishesItsAdoptionWithItsVersions() {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2)).truncatedTo(ChronoUnit.SECONDS);
        String id = world.presidency().api().post(world.path(), Map.of("subject", "Date of the meeting",
                "proposal", "29 June 2020", "deadline", deadline.toString())).json().get("id").asString();
        world.presidency().api().put(world.path(id) + "/versions/fr", Map.of("subject", "Date de la réunion",
                "proposal", "29 juin 2020"));
        world.presidency().api().post(world.path(id) + "/circulate", null);
        JsonNode draft = world.delegateA().api().get(world.path(id)).json().get("drafts").get(0);
        assertThat(draft.get("title").asString()).isEqualTo("Date of the meeting");
        assertThat(draft.get("symbol").isNull()).isTrue();

        concludedAt(deadline, id, "ADOPTED");
        assertThat(adoptedIn(id)).hasSize(1);
        DraftAdopted adopted = adoptedIn(id).getFirst();
        assertThat(adopted.draftId().toString()).isEqualTo(draft.get("id").asString());
        assertThat(adopted.title()).isEqualTo("Date of the meeting");
        assertThat(adopted.language()).isEqualTo("en");
        assertThat(adopted.versions()).isEqualTo(Map.of("en", "29 June 2020", "fr", "29 juin 2020"));
        assertThat(statuses(world.presidency().api().get(world.path(id)).json())).containsExactly("ADOPTED");
    }

    @Test
    void draftsAreCheckedLikeAProposal() {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        Map<String, Object> both = new java.util.HashMap<>(world.drafts(deadline, 2));
        both.put("proposal", "Also this.");
        assertProblem(world.presidency().api().post(world.path(), both), 400);
        assertProblem(world.presidency().api().post(world.path(), Map.of("subject", "S", "deadline",
                deadline.toString(), "drafts", List.of(Map.of("title", "", "text", "T")))), 400);
        assertProblem(world.presidency().api().post(world.path(), Map.of("subject", "S", "deadline",
                deadline.toString(), "drafts", List.of(Map.of("symbol", "X", "title", "A", "text", "T"),
                        Map.of("symbol", "X", "title", "B", "text", "T")))), 400);
        assertThat(count("select count(*) from silence_procedure where process = ?::uuid", world.process())).isZero();
    }

    @Test
    void anEditReplacesTheDraftsOrKeepsThemWhenItNamesNone() {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        JsonNode drafted = world.presidency().api().post(world.path(), world.drafts(deadline, 2)).json();
        String id = drafted.get("id").asString();
        JsonNode three = world.presidency().api().put(world.path(id), world.drafts(deadline, 3)).json();
        assertThat(three.get("drafts").size()).isEqualTo(3);
        assertThat(three.get("drafts").get(0).get("id").asString())
                .isEqualTo(drafted.get("drafts").get(0).get("id").asString());
        JsonNode kept = world.presidency().api().put(world.path(id), Map.of("subject", "Decisions, revised",
                "proposal", three.get("proposal").asString(), "deadline", deadline.toString())).json();
        assertThat(kept.get("subject").asString()).isEqualTo("Decisions, revised");
        assertThat(kept.get("drafts").size()).isEqualTo(3);
        JsonNode one = world.presidency().api().put(world.path(id), Map.of("subject", "One decision",
                "proposal", "A single decision.", "deadline", deadline.toString())).json();
        assertThat(one.get("drafts").size()).isEqualTo(1);
        assertThat(one.get("drafts").get(0).get("text").asString()).isEqualTo("A single decision.");
    }

    private List<DraftAdopted> adoptedIn(String procedure) {
        return adopted.stream().filter(a -> a.procedureId().toString().equals(procedure)).toList();
    }

    private static List<String> statuses(JsonNode procedure) {
        return procedure.get("drafts").valueStream().map(d -> d.get("status").asString()).toList();
    }
}
