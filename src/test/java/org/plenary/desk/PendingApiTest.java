package org.plenary.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryTest;
import org.plenary.support.Api;
import tools.jackson.databind.JsonNode;

/** {@code GET /api/v1/me/pending}: what awaits a delegation, and the officers of a process, most urgent first. */
class PendingApiTest extends PlenaryTest {

    @Test
    void listsWhatAwaitsEachDelegationMostUrgentFirst() {
        DeskWorld world = DeskWorld.create(admin());
        Instant now = Instant.now();
        String commented = world.circulated("Venue of the meeting", now.plus(4, ChronoUnit.DAYS));
        String unanswered = world.circulated("Extension requests", now.plus(5, ChronoUnit.DAYS));
        String consultation = world.consultation("Elements of the action plan", now.minus(1, ChronoUnit.HOURS),
                now.plus(2, ChronoUnit.DAYS));
        String meeting = world.virtualMeeting("Informal briefing", now.plus(3, ChronoUnit.DAYS),
                "https://meet.example.org/ccm-briefing");
        String letter = world.sentLetter("Convening of the briefing");

        Api a = world.delegateA().api();
        assertThat(a.post(world.path("silence-procedures/" + commented + "/comments"),
                Map.of("text", "We support the venue.")).status()).isEqualTo(201);
        assertThat(a.put(world.path("consultations/" + consultation + "/submissions/mine"),
                Map.of("positions", List.of(Map.of("element", "1", "stance", "RETAIN")))).status()).isEqualTo(200);
        assertThat(a.post(world.path("meetings/" + meeting + "/speakers"), Map.of("agendaItem", "2")).status())
                .isEqualTo(201);

        List<JsonNode> mine = ofProcess(a, world.process());
        assertThat(mine).extracting(i -> i.get("kind").asString() + " " + i.get("id").asString() + " "
                + i.get("state").asString()).containsExactly(
                "SILENCE_PROCEDURE " + unanswered + " NOT_ANSWERED",
                "CONSULTATION " + consultation + " SUBMITTED",
                "MEETING " + meeting + " SCHEDULED",
                "SPEAKERS_LIST " + meeting + " WAITING_TO_SPEAK",
                "SILENCE_PROCEDURE " + commented + " COMMENTED",
                "LETTER " + letter + " RECEIVED");
        JsonNode procedure = mine.getFirst();
        assertThat(procedure.get("processId").asString()).isEqualTo(world.process());
        assertThat(procedure.get("title").asString()).isEqualTo("Extension requests");
        assertThat(Instant.parse(procedure.get("due").asString())).isAfter(now.plus(4, ChronoUnit.DAYS));
        assertThat(procedure.get("timeZone").asString()).isEqualTo("Europe/Zurich");
        assertThat(mine.get(5).has("due")).as("a letter has no due time").isFalse();
        assertThat(mine.get(2).get("onlineUrl").asString()).isEqualTo("https://meet.example.org/ccm-briefing");
        assertThat(mine.get(3).get("agendaItem").asString()).isEqualTo("2");
        assertThat(mine.get(3).get("place").asInt()).isEqualTo(1);

        assertThat(ofProcess(world.delegateB().api(), world.process()))
                .extracting(i -> i.get("kind").asString() + " " + i.get("state").asString())
                .containsExactly("CONSULTATION NOT_STARTED", "SILENCE_PROCEDURE NOT_ANSWERED",
                        "SILENCE_PROCEDURE NOT_ANSWERED", "MEETING SCHEDULED", "LETTER RECEIVED");

        List<JsonNode> officer = ofProcess(world.presidency().api(), world.process());
        assertThat(officer).extracting(i -> i.get("kind").asString() + " " + i.get("state").asString() + " "
                + i.get("answers").asInt() + "/" + (i.has("expected") ? i.get("expected").asInt() : "-"))
                .containsExactly("CONSULTATION RUNNING 1/-", "SILENCE_PROCEDURE RUNNING 1/2",
                        "SILENCE_PROCEDURE RUNNING 0/2");
    }

    @Test
    void refusesAnonymousCallers() {
        assertThat(api().get("/me/pending").status()).isEqualTo(401);
    }

    private static List<JsonNode> ofProcess(Api api, String process) {
        Api.Response response = api.get("/me/pending");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().valueStream().filter(i -> i.get("processId").asString().equals(process)).toList();
    }
}
