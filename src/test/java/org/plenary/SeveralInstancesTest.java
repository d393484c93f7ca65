package org.plenary;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plenary.support.Api;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.plenary.support.TemporaryDirectories;

/**
 * Two instances started at the same moment on one external PostgreSQL, both with the demo: migrations,
 * the first administrator and the demo data happen once, and what one instance writes the other reads.
 */
class SeveralInstancesTest {

    private static final String ADMIN_PASSWORD = "plenary-demo";
    private static final String LOGGING_SYSTEM = "org.springframework.boot.logging.LoggingSystem";

    private static EmbeddedPostgres postgres;
    private static List<ConfigurableApplicationContext> instances;

    @BeforeAll
    static void startTwoInstancesAtOnce() throws Exception {
        postgres = EmbeddedPostgres.start();
        String url = postgres.getJdbcUrl("postgres", "postgres");
        // one data directory for both, as for instances given the same signing key
        java.nio.file.Path dataDir = TemporaryDirectories.create("plenary-instances-");
        Callable<ConfigurableApplicationContext> instance = () -> new SpringApplicationBuilder(PlenaryApplication.class)
                .profiles("demo")
                .run("--plenary.db.url=" + url, "--plenary.db.user=postgres", "--server.port=0",
                        "--plenary.db.data-dir=" + dataDir,
                        "--plenary.identity.admin-password=" + ADMIN_PASSWORD);
        // Spring Boot sets up the JVM's logging system while an application starts, which two applications
        // starting at the same moment in one JVM race for; logging is already set up by then, so leave it.
        System.setProperty(LOGGING_SYSTEM, "none");
        try (ExecutorService twoAtOnce = Executors.newFixedThreadPool(2)) {
            List<Future<ConfigurableApplicationContext>> starting = twoAtOnce.invokeAll(List.of(instance, instance));
            instances = new ArrayList<>();
            for (Future<ConfigurableApplicationContext> started : starting) {
                instances.add(started.get());
            }
        } finally {
            System.clearProperty(LOGGING_SYSTEM);
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (instances != null) {
            instances.forEach(ConfigurableApplicationContext::close);
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void exactlyOneAdministratorAndOneDemoProcessExist() {
        JdbcClient jdbc = JdbcClient.create(postgres.getPostgresDatabase());
        assertThat(jdbc.sql("select count(*) from account where username = 'admin'").query(Long.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from process where code = 'CCM-2RC'").query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void whatOneInstanceWritesTheOtherReads() {
        Api first = api(0);
        String token = first.post("/auth/token", Map.of("username", "admin", "password", ADMIN_PASSWORD))
                .json().get("token").asString();
        Api.Response created = first.as(token).post("/participants",
                Map.of("name", "Written on the first instance", "kind", "ORGANISATION", "organisationType", "OTHER"));
        assertThat(created.status()).isEqualTo(201);

        Api.Response read = api(1).as(token).get("/participants/" + created.json().get("id").asString());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("name").asString()).isEqualTo("Written on the first instance");
    }

    private static Api api(int instance) {
        return new Api(((WebServerApplicationContext) instances.get(instance)).getWebServer().getPort());
    }
}
