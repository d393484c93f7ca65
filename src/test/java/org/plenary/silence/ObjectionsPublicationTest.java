package org.plenary.silence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.support.ApiAssertions.assertProblem;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryTest;

/**
 * What a process publishes of objections, stated on the page: by default the public sees none (delegations see
 * who objected); published with names, the public sees the State and the text; without names, the text only, and
 * the outcome letter does not name the State either. The setting is audited.
 */
class ObjectionsPublicationTest extends PlenaryTest {

    private SilenceWorld world;

    @BeforeEach
    void world() {
        world = SilenceWorld.create(admin(), "PT1H");
    }

    @AfterEach
    void withdrawOpen() {
        world.withdrawOpen();
    }

    @Test
    void thePublicPageAndTheOutcomeLetterFollowTheSetting() throws Exception {
        String settings = "/processes/" + world.process() + "/silence-settings";
        assertThat(world.delegateA().api().get(settings).json().get("objectionsPublication").asString())
                .isEqualTo("NOT_PUBLISHED");
        String id = world.circulated(world.drafts(Instant.now().plus(Duration.ofHours(2)), 2));
        String name = world.admin().get("/participants/" + world.partyA()).json().get("name").asString();
        world.delegateA().api().post(world.path(id) + "/objections", Map.of("reason", "Our reasons, stated here."));

        String hidden = page(id);
        assertThat(hidden).contains("Objections are not published").doesNotContain("Our reasons, stated here.")
                .doesNotContain(name);
        assertThat(world.delegateB().api().get(world.path(id)).json().get("objections").get(0)
                .get("participantName").asString()).isEqualTo(name);
        assertThat(world.outcomeLetter(id).get("body").asString()).contains("silence broken by " + name);

        assertThat(world.presidency().api().put(settings, Map.of("objectionsPublication", "NAMED")).status())
                .isEqualTo(200);
        assertThat(page(id)).contains("published with the name").contains("Our reasons, stated here.").contains(name);

        assertProblem(world.presidency().api().put(settings, Map.of("objectionsPublication", "SOMETIMES")), 400);
        assertThat(world.presidency().api().put(settings, Map.of("objectionsPublication", "WITHOUT_NAMES")).status())
                .isEqualTo(200);
        assertThat(page(id)).contains("published without the name").contains("Our reasons, stated here.")
                .doesNotContain(name);
        String single = world.circulated(Map.of("subject", "Date", "proposal", "29 June 2020",
                "deadline", Instant.now().plus(Duration.ofHours(2)).toString()));
        world.delegateA().api().post(world.path(single) + "/objections", Map.of("reason", "No."));
        assertThat(world.outcomeLetter(single).get("body").asString())
                .contains("Silence was broken by an objection received on").doesNotContain(name);
        assertThat(count("select count(*) from audit_entry where action = 'silence.settings.changed' "
                + "and process = ?::uuid", world.process())).isEqualTo(2);
    }

    private String page(String procedure) throws Exception {
        try (HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build()) {
            HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + "/processes/" + world.process() + "/silence-procedures/" + procedure)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            return page.body();
        }
    }
}
