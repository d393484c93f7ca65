package org.plenary.silence;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryTest;
import org.plenary.support.Fixtures;
import org.plenary.support.Fixtures.Person;

/**
 * The JSON live stream of a procedure: every watcher gets each change at once, the officers with the States
 * eligible to object, the delegations without.
 */
class SilenceLiveStreamTest extends PlenaryTest {

    private SilenceWorld world;
    private final HttpClient client = HttpClient.newHttpClient();

    @AfterEach
    void closeAndWithdraw() {
        client.shutdownNow();
        world.withdrawOpen();
    }

    @Test
    void officersAndDelegationsWatchingSeeAnAnswerAtOnceAndOnlyOfficersSeeWhoMayObject() throws Exception {
        world = SilenceWorld.create(admin(), "PT1H");
        String id = world.circulated(world.proposal(Instant.now().plus(Duration.ofHours(2))));
        BlockingQueue<String> officer = watch(world.presidency(), id);
        BlockingQueue<String> delegation = watch(world.delegateB(), id);
        assertThat(officer.poll(20, TimeUnit.SECONDS)).contains("\"eligible\":[");
        assertThat(delegation.poll(20, TimeUnit.SECONDS)).contains("\"status\":\"OPEN\"").doesNotContain("\"eligible\":[");

        assertThat(world.signatoryDelegate().api().post(world.path(id) + "/comments",
                Map.of("text", "The signatory supports the new date")).status()).isEqualTo(201);

        assertThat(officer.poll(20, TimeUnit.SECONDS)).contains("The signatory supports the new date", "\"eligible\":[");
        assertThat(delegation.poll(20, TimeUnit.SECONDS)).contains("The signatory supports the new date")
                .doesNotContain("\"eligible\":[");
    }

    private BlockingQueue<String> watch(Person person, String procedure) {
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        String token = Fixtures.signIn(api(), person.username(), Fixtures.PASSWORD);
        client.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1"
                                + world.path(procedure) + "/live"))
                        .header("Accept", "text/event-stream").header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofLines())
                .thenAccept(response -> response.body().filter(l -> l.startsWith("data:")).forEach(events::add));
        return events;
    }
}
