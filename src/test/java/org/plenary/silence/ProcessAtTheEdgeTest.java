package org.plenary.silence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.support.ApiAssertions.assertProblem;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryTest;
import org.plenary.support.Api;
import org.plenary.support.Fixtures;
import org.plenary.support.WebSession;

/**
 * The process a path names is resolved once, at the web edge, by its id or its code; the use cases receive its id.
 * An unknown process is 404, on the API and on the pages, and nothing is written.
 */
class ProcessAtTheEdgeTest extends PlenaryTest {

    @Test
    void aProcessIsNamedByItsIdOrItsCodeAndAnUnknownOneIs404() {
        SilenceWorld world = SilenceWorld.create(admin(), "PT1H");
        String code = world.admin().get("/processes/" + world.process()).json().get("code").asString();
        Api presidency = world.presidency().api();
        Api.Response drafted = presidency.post("/processes/" + code + "/silence-procedures",
                world.proposal(Instant.now().plus(Duration.ofHours(2))));
        assertThat(drafted.status()).as(drafted.toString()).isEqualTo(201);
        String id = drafted.json().get("id").asString();
        assertThat(presidency.get(world.path(id)).json().get("subject").asString())
                .isEqualTo(drafted.json().get("subject").asString());

        assertProblem(presidency.post("/processes/" + UUID.randomUUID() + "/silence-procedures/" + id + "/circulate",
                Map.of()), 404);
        assertProblem(presidency.get("/processes/no-such-process/silence-procedures"), 404);
        assertThat(presidency.get(world.path(id)).json().get("status").asString()).isEqualTo("DRAFT");

        WebSession officer = WebSession.signIn(port, world.presidency().username(), Fixtures.PASSWORD);
        String reference = drafted.json().get("reference").asString();
        assertThat(officer.get("/processes/" + code + "/silence/" + reference).statusCode()).isEqualTo(200);
        assertThat(officer.get("/processes/no-such-process/silence/" + reference).statusCode()).isEqualTo(404);
        assertThat(officer.get("/processes/no-such-process/silence-procedures").statusCode()).isEqualTo(404);
    }

    @Test
    void everyModuleNamesTheProcessByItsIdOrItsCodeAndAnUnknownOneIs404() {
        SilenceWorld world = SilenceWorld.create(admin(), "PT1H");
        String code = world.admin().get("/processes/" + world.process()).json().get("code").asString();
        Api presidency = world.presidency().api();
        for (String kind : List.of("meetings", "documents", "consultations", "letters", "decisions")) {
            assertThat(presidency.get("/processes/" + code + "/" + kind).status()).as(kind).isEqualTo(200);
            assertThat(presidency.get("/processes/" + world.process() + "/" + kind).status()).as(kind).isEqualTo(200);
            assertProblem(presidency.get("/processes/no-such-process/" + kind), 404);
            assertProblem(presidency.get("/processes/" + UUID.randomUUID() + "/" + kind), 404);
        }
        assertProblem(presidency.get("/processes/no-such-process"), 404);

        WebSession officer = WebSession.signIn(port, world.presidency().username(), Fixtures.PASSWORD);
        assertThat(officer.get("/processes/" + code + "/meetings").statusCode()).isEqualTo(200);
        assertThat(officer.get("/processes/no-such-process/meetings").statusCode()).isEqualTo(404);
        assertThat(officer.get("/processes/no-such-process/letters/" + UUID.randomUUID() + "/versions/fr")
                .statusCode()).isEqualTo(404);
    }
}
