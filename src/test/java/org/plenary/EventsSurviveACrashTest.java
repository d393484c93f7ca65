package org.plenary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.support.Api;
import org.plenary.support.Fixtures;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.plenary.support.TemporaryDirectories;

/**
 * An instance dies between the commit of a change and the listeners of another module that it calls for: here an
 * objection breaks silence, and the instance is gone before correspondence drafts the outcome letter (its task
 * executor drops every task, as a killed process would). The event publication registry kept the publication in
 * the objection's transaction; the next instance to start republishes it, and the letter is drafted, once.
 */
class EventsSurviveACrashTest {

    private static final String ADMIN_PASSWORD = "crash-test-password";

    private final List<ConfigurableApplicationContext> instances = new ArrayList<>();
    private EmbeddedPostgres postgres;
    private Path dataDir;

    @BeforeEach
    void startDatabase() throws Exception {
        postgres = EmbeddedPostgres.start();
        dataDir = TemporaryDirectories.create("plenary-crash-");
    }

    @AfterEach
    void stop() throws Exception {
        instances.forEach(ConfigurableApplicationContext::close);
        postgres.close();
    }

    @Test
    void theOutcomeLetterOfAProcedureBrokenJustBeforeACrashIsDraftedAtTheNextStart() {
        ConfigurableApplicationContext dying = start(DroppedTasks.class);
        Api api = new Api(((WebServerApplicationContext) dying).getWebServer().getPort());
        Api admin = api.as(Fixtures.signIn(api, "admin", ADMIN_PASSWORD));
        String treaty = Fixtures.aTreaty(admin);
        Map<String, Object> body = new HashMap<>(Fixtures.newProcess(treaty));
        body.put("silenceMinimumPeriod", "PT1M");
        String process = admin.post("/processes", body).json().get("id").asString();
        String state = Fixtures.aState(admin);
        Fixtures.recordStatus(admin, treaty, state, "STATE_PARTY", "2010-08-01");
        Api presidency = Fixtures.anOfficer(admin, process, "PRESIDENCY").api();
        String path = "/processes/" + process + "/silence-procedures";
        String id = presidency.post(path, Map.of("subject", "Date of the meeting", "proposal", "29 June 2020",
                "deadline", Instant.now().plus(Duration.ofHours(1)).toString())).json().get("id").asString();
        assertThat(presidency.post(path + "/" + id + "/circulate", null).status()).isEqualTo(200);
        assertThat(Fixtures.aDelegate(admin, state).api().post(path + "/" + id + "/objections",
                Map.of("reason", "No")).status()).isEqualTo(201);

        String letter = database().sql("select outcome_letter::text from silence_procedure where id = ?::uuid")
                .param(id).query(String.class).single();
        assertThat(count("select count(*) from letter where id = ?::uuid", letter))
                .as("the instance died before correspondence could draft the letter").isZero();
        assertThat(count("select count(*) from event_publication where completion_date is null "
                + "and event_type like '%OutcomeLetterWritten'")).as("but its publication was committed").isOne();
        dying.close();

        start();
        await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from letter where id = ?::uuid",
                letter) == 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> count("select count(*) from event_publication "
                + "where completion_date is null and event_type like '%OutcomeLetterWritten'") == 0);
        assertThat(count("select count(*) from letter where reference like '%/SP.1/Outcome%'")).isOne();
    }

    /** What a killed instance does with the listeners it would have run after answering: nothing. */
    static class DroppedTasks {

        @Bean
        AsyncConfigurer droppedListeners() {
            return new AsyncConfigurer() {
                @Override
                public Executor getAsyncExecutor() {
                    return task -> { };
                }
            };
        }
    }

    private ConfigurableApplicationContext start(Class<?>... extra) {
        List<Class<?>> sources = new ArrayList<>(List.of(PlenaryApplication.class));
        sources.addAll(List.of(extra));
        ConfigurableApplicationContext instance = new SpringApplicationBuilder(sources.toArray(Class<?>[]::new)).run(
                "--plenary.db.url=" + postgres.getJdbcUrl("postgres", "postgres"), "--plenary.db.user=postgres",
                "--plenary.db.data-dir=" + dataDir, "--server.port=0",
                "--plenary.identity.admin-password=" + ADMIN_PASSWORD,
                "--db-scheduler.scheduler-name=instance-" + instances.size());
        instances.add(instance);
        return instance;
    }

    private long count(String sql, Object... params) {
        var statement = database().sql(sql);
        for (Object p : params) {
            statement = statement.param(p);
        }
        return statement.query(Long.class).single();
    }

    private JdbcClient database() {
        return JdbcClient.create(postgres.getPostgresDatabase());
    }
}
