package org.plenary.silence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryApplication;
import org.plenary.support.Api;
import org.plenary.support.Fixtures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.plenary.support.TemporaryDirectories;

/**
 * The deadline engine with several instances on one PostgreSQL, on the real clock: two instances conclude 100
 * procedures exactly once each, at their deadlines; they adopt 15 of 17 drafts under one procedure exactly once
 * when objections reached the two others; and procedures whose deadlines passed while every instance
 * was stopped are concluded at the next start, with their true deadlines as the time of conclusion.
 */
class SilenceAcrossInstancesTest {

    private static final Logger log = LoggerFactory.getLogger(SilenceAcrossInstancesTest.class);
    private static final String ADMIN_PASSWORD = "silence-admin-password";

    private EmbeddedPostgres postgres;
    /** One data directory for the instances, as instances given the same signing key. */
    private Path dataDir;
    private final List<ConfigurableApplicationContext> instances = new ArrayList<>();

    @BeforeEach
    void startDatabase() throws Exception {
        postgres = EmbeddedPostgres.start();
        dataDir = TemporaryDirectories.create("plenary-silence-instances-");
    }

    @AfterEach
    void stop() throws Exception {
        instances.forEach(ConfigurableApplicationContext::close);
        postgres.close();
    }

    @Test
    void twoInstancesConcludeAHundredProceduresExactlyOnceEach() {
        Api first = api(start());
        Api second = api(start());
        Process process = process(first);
        Instant base = Instant.now().plusSeconds(20).truncatedTo(ChronoUnit.SECONDS);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            Api via = i % 2 == 0 ? first : second;
            ids.add(process.circulate(via, base.plusMillis(100L * i)));
        }
        await().atMost(Duration.ofSeconds(90)).until(() -> count("select count(*) from silence_procedure "
                + "where status = 'ADOPTED'") == 100);

        assertThat(count("select count(*) from silence_procedure where concluded_at <> deadline_at")).isZero();
        assertThat(count("select count(*) from audit_entry where action = 'silence.procedure.adopted'")).isEqualTo(100);
        assertThat(count("select count(distinct object_id) from audit_entry where action = 'silence.procedure.adopted'"))
                .isEqualTo(100);
        await("each outcome letter drafted once, after its conclusion").atMost(Duration.ofSeconds(30))
                .until(() -> count("select count(*) from letter where reference like '%/SP.%/Outcome%'") == 100);
        assertThat(count("select count(*) from silence_procedure where outcome_letter is null")).isZero();
        assertThat(process.admin().get("/audit/verify").json().get("valid").asBoolean()).isTrue();
        logDelays();
        assertThat(ids).hasSize(100);
    }

    @Test
    void twoInstancesAdoptFifteenOfSeventeenDraftsExactlyOnceWhenTwoWereObjectedTo() {
        Api first = api(start());
        Api second = api(start());
        Process process = process(first);
        String party = Fixtures.aState(process.admin());
        Fixtures.recordStatus(process.admin(), process.admin().get("/processes/" + process.id()).json().get("treaty")
                .asString(), party, "STATE_PARTY", "2012-01-01");
        String delegate = Fixtures.signIn(first, Fixtures.aDelegate(process.admin(), party).username(),
                Fixtures.PASSWORD);
        Instant deadline = Instant.now().plusSeconds(30).truncatedTo(ChronoUnit.SECONDS);
        String path = "/processes/" + process.id() + "/silence-procedures";
        List<Map<String, Object>> drafts = new ArrayList<>();
        for (int i = 1; i <= 17; i++) {
            drafts.add(Map.of("symbol", "ATT/CSP6/2020/DEC." + i, "title", "Decision " + i, "text", "Text " + i + "."));
        }
        Api officer = first.as(process.presidencyToken());
        String id = officer.post(path, Map.of("subject", "Decisions of CSP6", "drafts", drafts,
                "deadline", deadline.toString())).json().get("id").asString();
        assertThat(officer.post(path + "/" + id + "/circulate", null).status()).isEqualTo(200);
        List<String> draftIds = officer.get(path + "/" + id).json().get("drafts").valueStream()
                .map(d -> d.get("id").asString()).toList();
        Api.Response objection = first.as(delegate).post(path + "/" + id + "/objections",
                Map.of("reason", "Not DEC.4.", "drafts", List.of(draftIds.get(3))));
        assertThat(objection.status()).as("objection %s", objection).isEqualTo(201);
        assertThat(second.as(delegate).post(path + "/" + id + "/objections",
                Map.of("reason", "Not DEC.11.", "drafts", List.of(draftIds.get(10)))).status()).isEqualTo(201);

        await().atMost(Duration.ofSeconds(90)).until(() -> count("select count(*) from silence_procedure "
                + "where status = 'BROKEN'") == 1);
        assertThat(count("select count(*) from silence_draft where status = 'ADOPTED'")).isEqualTo(15);
        assertThat(count("select count(*) from silence_draft where status = 'NOT_ADOPTED'")).isEqualTo(2);
        assertThat(count("select count(*) from silence_draft d join silence_procedure p on p.id = d.procedure "
                + "where d.status = 'ADOPTED' and d.concluded_at = p.deadline_at")).isEqualTo(15);
        assertThat(count("select count(*) from silence_procedure where concluded_at <> deadline_at")).isZero();
        assertThat(count("select count(*) from audit_entry where action = 'silence.procedure.concluded'")).isEqualTo(1);
        assertThat(count("select count(*) from audit_entry where action = 'silence.drafts.not-adopted'")).isEqualTo(2);
        await("the outcome letter drafted once").atMost(Duration.ofSeconds(30))
                .until(() -> count("select count(*) from letter where reference like '%/SP.%/Outcome%'") == 1);
        assertThat(process.admin().get("/audit/verify").json().get("valid").asBoolean()).isTrue();
    }

    @Test
    void proceduresOverdueAfterADowntimeAreConcludedAtTheNextStartWithTheirTrueDeadlines() throws Exception {
        ConfigurableApplicationContext before = start();
        Process process = process(api(before));
        Instant deadline = Instant.now().plusSeconds(4).truncatedTo(ChronoUnit.SECONDS);
        for (int i = 0; i < 5; i++) {
            process.circulate(api(before), deadline.plusMillis(10L * i));
        }
        before.close();
        instances.remove(before);
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), deadline.plusSeconds(2)).toMillis()));
        assertThat(count("select count(*) from silence_procedure where status = 'OPEN'"))
                .as("nothing concluded while every instance was stopped").isEqualTo(5);

        start();
        await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from silence_procedure "
                + "where status = 'ADOPTED'") == 5);
        assertThat(count("select count(*) from silence_procedure where concluded_at <> deadline_at")).isZero();
        assertThat(count("select count(*) from audit_entry where action = 'silence.procedure.adopted'")).isEqualTo(5);
    }

    /** A process with a minimum period of one second, its Presidency (a token valid on every instance). */
    private record Process(Api admin, String id, String presidencyToken) {

        /** Drafts and circulates a procedure through the instance {@code via}; answers its id. */
        String circulate(Api via, Instant deadline) {
            Api officer = via.as(presidencyToken);
            String path = "/processes/" + id + "/silence-procedures";
            String procedure = officer.post(path, Map.of("subject", "Date of the meeting", "proposal", "29 June 2020",
                    "deadline", deadline.toString())).json().get("id").asString();
            Api.Response circulated = officer.post(path + "/" + procedure + "/circulate", null);
            assertThat(circulated.status()).as("circulation of %s", circulated).isEqualTo(200);
            return procedure;
        }
    }

    private Process process(Api api) {
        Api admin = api.as(Fixtures.signIn(api, "admin", ADMIN_PASSWORD));
        String treaty = Fixtures.aTreaty(admin);
        Map<String, Object> body = new HashMap<>(Fixtures.newProcess(treaty));
        body.put("silenceMinimumPeriod", "PT1S");
        String id = admin.post("/processes", body).json().get("id").asString();
        for (int i = 0; i < 2; i++) {
            Fixtures.recordStatus(admin, treaty, Fixtures.aState(admin), "STATE_PARTY", "2010-08-01");
        }
        Fixtures.Person presidency = Fixtures.anOfficer(admin, id, "PRESIDENCY");
        return new Process(admin, id, Fixtures.signIn(api, presidency.username(), Fixtures.PASSWORD));
    }

    private void logDelays() {
        List<Long> delays = database().sql("""
                select (extract(epoch from a.at - p.deadline_at) * 1000)::bigint
                  from silence_procedure p join audit_entry a
                    on a.object_id = p.id::text and a.action = 'silence.procedure.adopted' order by 1
                """).query(Long.class).list();
        log.info("Conclusion after the deadline, ms: median {}, max {}", delays.get(delays.size() / 2), delays.getLast());
    }

    private ConfigurableApplicationContext start() {
        ConfigurableApplicationContext instance = new SpringApplicationBuilder(PlenaryApplication.class).run(
                "--plenary.db.url=" + postgres.getJdbcUrl("postgres", "postgres"), "--plenary.db.user=postgres",
                "--plenary.db.data-dir=" + dataDir,
                "--server.port=0", "--plenary.identity.admin-password=" + ADMIN_PASSWORD,
                "--db-scheduler.scheduler-name=instance-" + instances.size());
        instances.add(instance);
        return instance;
    }

    private static Api api(ConfigurableApplicationContext instance) {
        return new Api(((WebServerApplicationContext) instance).getWebServer().getPort());
    }

    private long count(String sql) {
        return database().sql(sql).query(Long.class).single();
    }

    private JdbcClient database() {
        return JdbcClient.create(postgres.getPostgresDatabase());
    }
}
