package org.plenary.silence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryTest;
import org.plenary.support.Api;
import org.plenary.support.Fixtures;

/**
 * The meters of the silence procedures, the audit sequencer and the mail outbox, as an operator's Prometheus reads
 * them: they move while a procedure is circulated (a deadline timer, notices queued then sent, audit entries
 * integrated) and broken (an objection recorded, a procedure concluded as BROKEN); and those of sign-in failures and
 * live viewers.
 */
class OperatorMetersTest extends PlenaryTest {

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*(?:\\{[^}]*})?) (\\S+)$");
    private static final String TIMERS = "plenary_silence_deadline_timers";
    private static final String OBJECTIONS = "plenary_silence_answers{kind=\"OBJECTION\"}";
    private static final String BROKEN = "plenary_silence_procedures_concluded{outcome=\"BROKEN\"}";
    private static final String INTEGRATED = "plenary_audit_entries{state=\"integrated\"}";
    private static final String SENT = "plenary_mail_outbox{status=\"SENT\"}";

    @Test
    void theMetersMoveWhileAProcedureIsCirculatedAndBroken() {
        Map<String, Double> before = scrape();
        assertThat(before).containsKeys(TIMERS, "plenary_silence_deadline_lag_seconds", OBJECTIONS,
                "plenary_silence_answers{kind=\"COMMENT\"}", BROKEN,
                "plenary_silence_procedures_concluded{outcome=\"ADOPTED\"}", INTEGRATED,
                "plenary_audit_entries{state=\"pending\"}", "plenary_audit_sequencer_lag_seconds", SENT,
                "plenary_mail_outbox{status=\"QUEUED\"}", "plenary_mail_outbox{status=\"FAILED\"}");
        SilenceWorld world = SilenceWorld.create(admin(), "PT1M");
        String id = world.presidency().api().post(world.path(),
                world.proposal(Instant.now().plus(Duration.ofHours(1)))).json().get("id").asString();
        assertThat(world.presidency().api().post(world.path(id) + "/circulate", null).status()).isEqualTo(200);
        // Other tests' timers fire meanwhile, so the meter is compared with the table, not with its earlier value.
        awaitScrape(now -> now.get(TIMERS) == deadlineTimers() && hasDeadlineTimer(id));

        Api.Response objection = world.delegateA().api().post(world.path(id) + "/objections",
                Map.of("reason", "The new date coincides with another meeting."));
        assertThat(objection.status()).isEqualTo(201);

        awaitScrape(now -> now.get(OBJECTIONS) >= before.get(OBJECTIONS) + 1
                && now.get(BROKEN) >= before.get(BROKEN) + 1
                && now.get(INTEGRATED) > before.get(INTEGRATED)
                && now.get(SENT) > before.get(SENT));
    }

    @Test
    void aFailedSignInAndAnOpenLivePageShow() throws Exception {
        String failures = "plenary_signin_failures_total";
        String viewers = "plenary_live_viewers{page=\"procedure\"}";
        Map<String, Double> before = scrape();
        assertThat(before).containsKeys(failures, "plenary_signin_throttled_total", viewers,
                "plenary_live_viewers{page=\"meeting\"}");
        assertThat(api().post("/auth/token", Map.of("username", "nobody-" + UUID.randomUUID(), "password",
                "not-the-password")).status()).isEqualTo(401);
        awaitScrape(now -> now.get(failures) >= before.get(failures) + 1);

        SilenceWorld world = SilenceWorld.create(admin(), "PT1M");
        String id = world.presidency().api().post(world.path(),
                world.proposal(Instant.now().plus(Duration.ofHours(1)))).json().get("id").asString();
        HttpRequest live = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1"
                        + world.path(id) + "/live"))
                .header("Accept", "text/event-stream").header("Authorization", "Bearer "
                        + Fixtures.signIn(api(), world.presidency().username(), Fixtures.PASSWORD)).build();
        HttpResponse<Stream<String>> watching = HttpClient.newHttpClient().send(live,
                HttpResponse.BodyHandlers.ofLines());
        try (Stream<String> events = watching.body()) {
            assertThat(watching.statusCode()).isEqualTo(200);
            assertThat(CompletableFuture.supplyAsync(() -> events.filter(line -> line.startsWith("data:")).findFirst())
                    .get(1, TimeUnit.MINUTES)).as("the procedure's first state").isPresent();
            // Streams of earlier tests whose clients have gone are dropped only at their next write, so the count
            // may fall while this one is open: what is certain is that it counts this one.
            awaitScrape(now -> now.get(viewers) >= 1);
        }
    }

    private long deadlineTimers() {
        return jdbc.sql("select count(*) from scheduled_tasks where task_name = 'silence-deadline'")
                .query(Long.class).single();
    }

    private boolean hasDeadlineTimer(String procedure) {
        return jdbc.sql("select count(*) from scheduled_tasks where task_name = 'silence-deadline' and task_instance = ?")
                .param(procedure).query(Long.class).single() == 1;
    }

    private void awaitScrape(Predicate<Map<String, Double>> condition) {
        Awaitility.await().atMost(Duration.ofMinutes(2)).until(() -> condition.test(scrape()));
    }

    /** Every sample of the scrape, by its name and labels. */
    private Map<String, Double> scrape() {
        Api.Response scrape = api().as(METRICS_TOKEN).get("/actuator/prometheus");
        assertThat(scrape.status()).isEqualTo(200);
        return scrape.text().lines().filter(line -> !line.startsWith("#")).map(SAMPLE::matcher)
                .filter(Matcher::matches)
                .collect(Collectors.toMap(m -> m.group(1), m -> Double.parseDouble(m.group(2)), (a, b) -> b));
    }
}
