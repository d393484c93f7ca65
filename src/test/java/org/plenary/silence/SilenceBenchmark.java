package org.plenary.silence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryApplication;
import org.plenary.support.Api;
import org.plenary.support.Fixtures;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Benchmark, not part of the test run (the name ends in neither Test nor IT), on one instance and an embedded
 * PostgreSQL: (1) 1,000 procedures with deadlines spread over one minute, and the delay of each conclusion after
 * its deadline (the audit entry of the adoption against the deadline); (2) 200 concurrent clients, delegates of
 * 200 States Parties, each sending one objection and four comments, and the answers accepted per second, with a
 * count of those stored. Run with {@code ./mvnw -o test -Dtest=SilenceBenchmark}; results in docs/performance.md.
 */
class SilenceBenchmark {

    private static final String ADMIN_PASSWORD = "bench-admin-password";
    private static final int PROCEDURES = 1000;
    private static final int CLIENTS = 200;
    private static final int COMMENTS_EACH = 4;

    @Test
    void deadlinesAndAnswers() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start();
                ConfigurableApplicationContext plenary = new SpringApplicationBuilder(PlenaryApplication.class).run(
                        "--plenary.db.url=" + postgres.getJdbcUrl("postgres", "postgres"), "--plenary.db.user=postgres",
                        "--server.port=0", "--plenary.identity.admin-password=" + ADMIN_PASSWORD)) {
            Api api = new Api(((WebServerApplicationContext) plenary).getWebServer().getPort());
            Api admin = api.as(Fixtures.signIn(api, "admin", ADMIN_PASSWORD));
            JdbcClient db = JdbcClient.create(postgres.getPostgresDatabase());
            deadlines(api, admin, db);
            answers(api, admin, db);
        }
    }

    private static void deadlines(Api api, Api admin, JdbcClient db) throws Exception {
        String process = process(admin, 2);
        Api presidency = presidency(api, admin, process);
        Instant first = Instant.now().plusSeconds(120).truncatedTo(ChronoUnit.SECONDS);
        List<Callable<Integer>> circulations = IntStream.range(0, PROCEDURES).<Callable<Integer>>mapToObj(i -> () -> {
            String path = "/processes/" + process + "/silence-procedures";
            String id = presidency.post(path, Map.of("subject", "Procedure " + i, "proposal", "Decision " + i,
                    "deadline", first.plusMillis(60_000L * i / PROCEDURES).toString())).json().get("id").asString();
            return presidency.post(path + "/" + id + "/circulate", null).status();
        }).toList();
        long start = System.nanoTime();
        assertThat(run(circulations, 8)).allMatch(status -> status == 200);
        System.out.printf("%nBENCHMARK %d procedures drafted and circulated in %d ms; first deadline in %d s%n",
                PROCEDURES, (System.nanoTime() - start) / 1_000_000, Duration.between(Instant.now(), first).toSeconds());
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1)).until(() -> db.sql(
                "select count(*) from silence_procedure where status = 'ADOPTED'").query(Long.class).single() == PROCEDURES);
        List<Double> delays = db.sql("""
                select extract(epoch from a.at - p.deadline_at) * 1000 from silence_procedure p join audit_entry a
                    on a.object_id = p.id::text and a.action = 'silence.procedure.adopted' order by 1
                """).query(Double.class).list();
        assertThat(delays).hasSize(PROCEDURES).allMatch(d -> d >= 0);
        System.out.printf("BENCHMARK conclusion after the deadline over %d procedures: median %.1f ms, 99th percentile "
                + "%.1f ms, maximum %.1f ms%n%n", delays.size(), delays.get(delays.size() / 2),
                delays.get(delays.size() * 99 / 100), delays.getLast());
    }

    private static void answers(Api api, Api admin, JdbcClient db) throws Exception {
        String treaty = Fixtures.aTreaty(admin);
        String csv = "name,iso3,status,since\n" + IntStream.range(0, CLIENTS)
                .mapToObj(i -> Fixtures.unique("Bench State") + ",,STATE_PARTY,2010-08-01").collect(Collectors.joining("\n"));
        assertThat(admin.send("POST", "/treaties/" + treaty + "/statuses", csv, "text/csv").status()).isEqualTo(200);
        Map<String, Object> body = new HashMap<>(Fixtures.newProcess(treaty));
        body.put("silenceMinimumPeriod", "PT1S");
        String process = admin.post("/processes", body).json().get("id").asString();
        Api presidency = presidency(api, admin, process);
        List<String> states = admin.get("/processes/" + process + "/participants").json().valueStream()
                .filter(p -> p.get("category").asString().equals("STATE_PARTY")).map(p -> p.get("id").asString()).toList();
        assertThat(states).hasSize(CLIENTS);
        List<Callable<Api>> accounts = states.stream().<Callable<Api>>map(s -> () -> Fixtures.aDelegate(admin, s).api())
                .toList();
        List<Api> delegates = run(accounts, 4);
        String path = "/processes/" + process + "/silence-procedures";
        String id = presidency.post(path, Map.of("subject", "Answers", "proposal", "Decision",
                "deadline", Instant.now().plus(Duration.ofHours(1)).toString())).json().get("id").asString();
        presidency.post(path + "/" + id + "/circulate", null);
        List<Callable<Integer>> clients = delegates.stream().<Callable<Integer>>map(d -> () -> {
            int accepted = d.post(path + "/" + id + "/objections", Map.of("reason", "Objection")).status() == 201 ? 1 : 0;
            for (int c = 0; c < COMMENTS_EACH; c++) {
                accepted += d.post(path + "/" + id + "/comments", Map.of("text", "Comment " + c)).status() == 201 ? 1 : 0;
            }
            return accepted;
        }).toList();
        long start = System.nanoTime();
        int accepted = run(clients, CLIENTS).stream().mapToInt(Integer::intValue).sum();
        long millis = (System.nanoTime() - start) / 1_000_000;
        long stored = db.sql("select count(*) from silence_response where procedure = ?::uuid").param(id)
                .query(Long.class).single();
        int sent = CLIENTS * (1 + COMMENTS_EACH);
        System.out.printf("%nBENCHMARK %d answers from %d concurrent clients in %d ms: %d accepted (%.0f per second), "
                + "%d stored, %d lost%n%n", sent, CLIENTS, millis, accepted, accepted * 1000.0 / millis, stored,
                sent - stored);
        assertThat(stored).isEqualTo(sent);
    }

    private static String process(Api admin, int statesParties) {
        String treaty = Fixtures.aTreaty(admin);
        for (int i = 0; i < statesParties; i++) {
            Fixtures.recordStatus(admin, treaty, Fixtures.aState(admin), "STATE_PARTY", "2010-08-01");
        }
        Map<String, Object> body = new HashMap<>(Fixtures.newProcess(treaty));
        body.put("silenceMinimumPeriod", "PT1S");
        return admin.post("/processes", body).json().get("id").asString();
    }

    private static Api presidency(Api api, Api admin, String process) {
        Fixtures.Person officer = Fixtures.anOfficer(admin, process, "PRESIDENCY");
        return api.as(Fixtures.signIn(api, officer.username(), Fixtures.PASSWORD));
    }

    private static <T> List<T> run(List<Callable<T>> calls, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<T> results = new ArrayList<>();
            for (Future<T> result : pool.invokeAll(calls)) {
                results.add(result.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
