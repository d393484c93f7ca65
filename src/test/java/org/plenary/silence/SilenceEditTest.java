package org.plenary.silence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.support.ApiAssertions.assertForbidden;
import static org.plenary.support.ApiAssertions.assertInvalid;
import static org.plenary.support.ApiAssertions.assertProblem;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryTest;
import org.plenary.support.Api;
import org.plenary.support.Fixtures;
import org.plenary.support.WebSession;
import tools.jackson.databind.JsonNode;

/**
 * Officers edit a draft (PUT and the edit form), checked as when drafting and audited; nobody else may, and
 * once circulated it can no longer be edited. A refused edit changes nothing, not even the draft's text.
 */
class SilenceEditTest extends PlenaryTest {

    private static final String OFFICERS = "Only the Presidency and the Secretariat of the process may run silence "
            + "procedures";

    private SilenceWorld world;
    private String id;

    @BeforeEach
    void world() {
        world = SilenceWorld.create(admin(), "PT1H");
        id = world.presidency().api().post(world.path(), world.proposal(Instant.now().plus(Duration.ofHours(2))))
                .json().get("id").asString();
    }

    @AfterEach
    void nothingLeftOpen() {
        world.withdrawOpen();
    }

    @Test
    void anOfficerChangesEverythingADraftSaysAndTheChangeIsAudited() {
        String document = world.document("Possible elements of the Lausanne Action Plan", "GENERAL", "en", "fr");
        Instant deadline = Instant.now().plus(Duration.ofHours(3)).truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> body = new HashMap<>(Map.of("subject", "Date of the First Preparatory Meeting (revised)",
                "proposal", "The First Preparatory Meeting is held on 30 June 2020.", "deadline", deadline.toString(),
                "amendmentsBreakSilence", true, "documents", List.of(document),
                "effect", Map.of("type", "RESCHEDULE_MEETING", "meetingId", world.meeting(),
                        "start", "2020-06-30T10:00:00+02:00", "end", "2020-06-30T13:00:00+02:00")));
        Api secretariat = Fixtures.anOfficer(world.admin(), world.process(), "SECRETARIAT").api();
        Api.Response edited = secretariat.put(world.path(id), body);
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        JsonNode p = world.presidency().api().get(world.path(id)).json();
        assertThat(p.get("status").asString()).isEqualTo("DRAFT");
        assertThat(p.get("reference").asString()).isEqualTo("SP.1");
        assertThat(p.get("subject").asString()).isEqualTo("Date of the First Preparatory Meeting (revised)");
        assertThat(p.get("proposal").asString()).contains("30 June 2020");
        assertThat(OffsetDateTime.parse(p.get("deadline").asString()).toInstant()).isEqualTo(deadline);
        assertThat(p.get("amendmentsBreakSilence").asBoolean()).isTrue();
        assertThat(p.get("documents").valueStream().map(JsonNode::asString)).containsExactly(document);
        assertThat(OffsetDateTime.parse(p.get("effect").get("start").asString()).toInstant())
                .isEqualTo(Instant.parse("2020-06-30T08:00:00Z"));
        assertThat(count("select count(*) from audit_entry where object_id = ? and action = 'silence.procedure.edited'"
                + " and before not like '%revised%' and after like '%revised%' and after like '%' || ? || '%'", id,
                document)).isEqualTo(1);

        Map<String, Object> plain = new HashMap<>(world.proposal(deadline));
        plain.remove("effect");
        assertThat(world.presidency().api().put(world.path(id), plain).status()).isEqualTo(200);
        JsonNode again = world.presidency().api().get(world.path(id)).json();
        assertThat(again.get("effect").isNull()).as("the body replaces what the draft says").isTrue();
        assertThat(again.get("documents").size()).isZero();
        assertThat(again.get("amendmentsBreakSilence").asBoolean()).isFalse();
    }

    @Test
    void badInputIsRefusedAsWhenDraftingAndChangesNothing() {
        assertInvalid(unchangedDraft(() -> world.presidency().api().put(world.path(id),
                with("deadline", Instant.now().plus(Duration.ofMinutes(30)).toString()))), "deadline");
        assertInvalid(unchangedDraft(() -> world.presidency().api().put(world.path(id),
                with("deadline", Instant.now().minusSeconds(60).toString()))), "deadline");
        assertInvalid(unchangedDraft(() -> world.presidency().api().put(world.path(id), with("subject", " "))),
                "subject");
        assertInvalid(unchangedDraft(() -> world.presidency().api().put(world.path(id),
                with("documents", List.of("not-a-document")))), "documents");
        assertInvalid(unchangedDraft(() -> world.presidency().api().put(world.path(id), with("effect", Map.of(
                "type", "RESCHEDULE_MEETING", "meetingId", world.meeting(), "start", "2020-06-29T10:00:00+02:00",
                "end", "2020-06-29T09:00:00+02:00")))), "effect.end");
        assertProblem(unchangedDraft(() -> world.presidency().api().put(world.path("nonsense"), with("subject", "x"))),
                404);
    }

    @Test
    void onlyOfficersOfTheProcessEditAndNeverOnceCirculated() {
        Map<String, Object> body = with("subject", "Changed");
        Api otherOfficer = Fixtures.anOfficer(world.admin(), Fixtures.aProcess(world.admin()), "PRESIDENCY").api();
        assertForbidden(unchangedDraft(() -> otherOfficer.put(world.path(id), body)), OFFICERS);
        assertProblem(unchangedDraft(() -> world.delegateA().api().put(world.path(id), body)), 403);
        assertProblem(unchangedDraft(() -> world.admin().anonymous().put(world.path(id), body)), 401);

        assertThat(world.presidency().api().post(world.path(id) + "/circulate", null).status()).isEqualTo(200);
        JsonNode conflict = assertProblem(unchangedDraft(() -> world.presidency().api().put(world.path(id), body)),
                409);
        assertThat(conflict.get("detail").asString()).contains("only a DRAFT can be edited");
    }

    @Test
    void theEditFormShowsTheDraftAndSavesTheChangesOrKeepsWhatWasEnteredWhenRefused() {
        String code = world.admin().get("/processes/" + world.process()).json().get("code").asString();
        WebSession officer = WebSession.signIn(port, world.presidency().username(), Fixtures.PASSWORD);
        String page = officer.address("/processes/" + code + "/silence/" + id);
        assertThat(officer.get(page).body()).contains("href=\"" + page + "/edit\"");
        String form = officer.get(page + "/edit").body();
        assertThat(form).contains("value=\"Date of the First Preparatory Meeting\"")
                .contains("<option value=\"" + world.meeting() + "\" selected");
        String soon = local(Instant.now().plus(Duration.ofMinutes(10)));
        HttpResponse<String> refused = officer.post(page + "/edit", Map.of("subject", "Kept as entered",
                "proposal", "30 June", "deadline", soon));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("value=\"Kept as entered\"")
                .contains("at least 1 hour after circulation").doesNotContain("PT1H");
        assertThat(world.presidency().api().get(world.path(id)).json().get("subject").asString())
                .isEqualTo("Date of the First Preparatory Meeting");

        HttpResponse<String> saved = officer.post(page + "/edit", Map.of("subject", "Changed on the form",
                "proposal", "30 June", "deadline", local(Instant.now().plus(Duration.ofHours(2)))));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        JsonNode p = world.presidency().api().get(world.path(id)).json();
        assertThat(p.get("subject").asString()).isEqualTo("Changed on the form");
        assertThat(p.get("effect").isNull()).isTrue();

        WebSession delegate = WebSession.signIn(port, world.delegateA().username(), Fixtures.PASSWORD);
        assertThat(delegate.get(page + "/edit").statusCode()).as("a draft does not exist for a delegate").isEqualTo(404);
        world.presidency().api().post(world.path(id) + "/circulate", null);
        assertThat(officer.get(page + "/edit").statusCode()).isEqualTo(409);
        assertThat(officer.get(page).body()).doesNotContain("href=\"" + page + "/edit\"");
    }

    /** A refused request changes no row and not the draft's text either. */
    private Api.Response unchangedDraft(Supplier<Api.Response> request) {
        JsonNode before = world.presidency().api().get(world.path(id)).json();
        Api.Response response = unchanged(request);
        assertThat(world.presidency().api().get(world.path(id)).json()).isEqualTo(before);
        return response;
    }

    private Map<String, Object> with(String field, Object value) {
        Map<String, Object> body = new HashMap<>(world.proposal(Instant.now().plus(Duration.ofHours(2))));
        body.put(field, value);
        return body;
    }

    private static String local(Instant at) {
        return at.atZone(ZoneId.of("Europe/Zurich")).toLocalDateTime().truncatedTo(ChronoUnit.MINUTES).toString();
    }
}
