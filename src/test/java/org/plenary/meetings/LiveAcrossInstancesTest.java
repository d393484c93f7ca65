package org.plenary.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryApplication;
import org.plenary.support.Api;
import org.plenary.support.Fixtures;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two instances on one database: a viewer connected to the second sees, without reloading, a request for
 * the floor made on the first (PostgreSQL LISTEN/NOTIFY carries the change between them); when the second stops,
 * its stream ends at once, so that the viewer reconnects elsewhere and the stop is not held up.
 */
class LiveAcrossInstancesTest {

    private static final String ADMIN_PASSWORD = "live-admin-password";
    private static EmbeddedPostgres postgres;
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void twoInstances() throws Exception {
        postgres = EmbeddedPostgres.start();
        first = instance();
        second = instance();
    }

    private static ConfigurableApplicationContext instance() {
        return new SpringApplicationBuilder(PlenaryApplication.class).run(
                "--plenary.db.url=" + postgres.getJdbcUrl("postgres", "postgres"), "--plenary.db.user=postgres",
                "--server.port=0", "--plenary.identity.admin-password=" + ADMIN_PASSWORD);
    }

    @AfterAll
    static void stop() throws Exception {
        for (ConfigurableApplicationContext instance : new ConfigurableApplicationContext[] {first, second}) {
            if (instance != null) {
                instance.close();
            }
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    private static Api api(ConfigurableApplicationContext instance) {
        return new Api(((WebServerApplicationContext) instance).getWebServer().getPort());
    }

    @Test
    void aViewerOnOneInstanceSeesARequestForTheFloorMadeOnTheOther() throws Exception {
        Api admin = api(first).as(Fixtures.signIn(api(first), "admin", ADMIN_PASSWORD));
        String treaty = Fixtures.aTreaty(admin);
        String process = Fixtures.aProcess(admin, treaty);
        Api officer = Fixtures.anOfficer(admin, process, "PRESIDENCY").api();
        String state = Fixtures.aState(admin);
        Fixtures.recordStatus(admin, treaty, state, "STATE_PARTY", "2010-08-01");
        String stateName = admin.get("/participants/" + state).json().get("name").asString();
        Api delegate = Fixtures.aDelegate(admin, state).api();
        String meeting = officer.post("/processes/" + process + "/meetings", Map.of("title", "First Preparatory Meeting",
                "kind", "PREPARATORY_MEETING", "format", "VIRTUAL", "start", "2020-06-29T10:00:00+02:00",
                "end", "2020-06-29T12:00:00+02:00")).json().get("id").asString();
        String path = "/processes/" + process + "/meetings/" + meeting;
        officer.put(path + "/agenda", Map.of("status", "PROVISIONAL", "items",
                List.of(Map.of("title", "Opening"), Map.of("title", "Exchange of views"))));
        officer.send("PATCH", path + "/speakers-list", "{\"agendaItem\":\"2\",\"current\":true}", "application/json");

        int secondPort = ((WebServerApplicationContext) second).getWebServer().getPort();
        String token = Fixtures.signIn(api(second), "admin", ADMIN_PASSWORD);
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        CompletableFuture<Void> stream = HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + secondPort + "/api/v1" + path + "/live"))
                        .header("Accept", "text/event-stream").header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofLines())
                .thenAccept(response -> response.body().filter(l -> l.startsWith("data:")).forEach(events::add));

        String initial = events.poll(20, TimeUnit.SECONDS);
        assertThat(initial).contains("\"currentItem\":\"2\"").doesNotContain(stateName);

        assertThat(delegate.post(path + "/speakers", Map.of("agendaItem", "2")).status()).isEqualTo(201);
        String update = events.poll(20, TimeUnit.SECONDS);
        assertThat(update).as("the change made on the first instance reaches the viewer on the second")
                .contains(stateName).contains("STATE_PARTY");

        long stopping = System.nanoTime();
        second.close();
        assertThat(Duration.ofNanos(System.nanoTime() - stopping)).as("stopping an instance ends its live streams "
                + "rather than waiting for them until the graceful shutdown times out").isLessThan(Duration.ofSeconds(10));
        assertThat(stream.exceptionally(closed -> null)).as("the viewer's stream has ended")
                .succeedsWithin(Duration.ofSeconds(5));
    }
}
