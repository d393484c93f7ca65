package org.plenary;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.plenary.support.Api;
import org.plenary.support.WebSession;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.plenary.support.TemporaryDirectories;

/**
 * An instance says when it cannot serve: its health is not UP before its start-up work (the runners: first
 * administrator, demo data) is done, and a request that finds no free database connection in time, be it in a filter
 * (bearer token, session) or in a controller, is answered 503 with Retry-After, not 500. One instance of its own, with
 * a pool of 3 connections given up after 250 ms, and a last start-up runner that waits for the test.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AvailabilityTest {

    private static final String ADMIN_PASSWORD = "availability-admin-password";
    private static final CountDownLatch START_UP_WORK = new CountDownLatch(1);
    private static volatile int port;
    private static ExecutorService starter;
    private static Future<ConfigurableApplicationContext> starting;

    /** The last of the start-up runners: it finishes when the test lets it. */
    @Configuration(proxyBeanMethods = false)
    static class SlowStartUpWork {
        @Bean
        @Order(Ordered.LOWEST_PRECEDENCE)
        ApplicationRunner slowStartUpWork() {
            return args -> START_UP_WORK.await();
        }
    }

    @BeforeAll
    static void startAnInstance() throws Exception {
        String dataDir = TemporaryDirectories.create("plenary-availability-").toString();
        starter = Executors.newSingleThreadExecutor();
        starting = starter.submit(() -> new SpringApplicationBuilder(PlenaryApplication.class, SlowStartUpWork.class)
                .listeners((ApplicationListener<ApplicationEvent>) event -> {
                    if (event instanceof WebServerInitializedEvent started) {
                        port = started.getWebServer().getPort();
                    }
                })
                .run("--server.port=0", "--plenary.db.url=", "--plenary.db.data-dir=" + dataDir,
                        "--plenary.identity.admin-password=" + ADMIN_PASSWORD, "--plenary.db.max-pool-size=3",
                        "--plenary.db.connection-timeout=250ms"));
    }

    @AfterAll
    static void stop() throws Exception {
        START_UP_WORK.countDown();
        starting.get().close();
        starter.close();
    }

    @Test
    @org.junit.jupiter.api.Order(1)
    void healthIsNotUpBeforeTheStartUpWorkIsDone() {
        Awaitility.await().atMost(Duration.ofMinutes(3)).until(() -> port != 0 || starting.isDone());
        Api api = new Api(port);
        Api.Response health = api.get("/actuator/health");
        assertThat(health.status()).as("health while the start-up work runs: %s", health).isEqualTo(503);
        assertThat(health.json().get("status").asString()).isNotEqualTo("UP");
        Api.Response readiness = api.get("/actuator/health/readiness");
        assertThat(readiness.status()).isEqualTo(503);
        assertThat(readiness.json().get("status").asString()).isEqualTo("OUT_OF_SERVICE");
        assertThat(api.get("/actuator/health/liveness").status()).isEqualTo(200);

        START_UP_WORK.countDown();
        Awaitility.await().atMost(Duration.ofMinutes(1)).until(() -> api.get("/actuator/health").status() == 200);
        assertThat(api.get("/actuator/health").json().get("status").asString()).isEqualTo("UP");
    }

    @Test
    @org.junit.jupiter.api.Order(2)
    void aRequestThatFindsNoFreeDatabaseConnectionIsAnswered503WithRetryAfter() throws Exception {
        START_UP_WORK.countDown();
        ConfigurableApplicationContext instance = starting.get();
        Api api = new Api(port);
        Awaitility.await().atMost(Duration.ofMinutes(1)).until(() -> api.get("/actuator/health").status() == 200);
        String token = api.post("/auth/token", java.util.Map.of("username", "admin", "password", ADMIN_PASSWORD))
                .json().get("token").asString();
        WebSession browser = WebSession.signIn(port, "admin", ADMIN_PASSWORD);

        List<Connection> held = new ArrayList<>();
        try {
            DataSource pool = instance.getBean(DataSource.class);
            while (true) {
                try {
                    held.add(pool.getConnection());
                } catch (SQLException exhausted) {
                    break;
                }
            }

            Api.Response byToken = api.as(token).get("/api/v1/processes");
            assertThat(byToken.status()).as("bearer token read in a filter: %s", byToken).isEqualTo(503);
            assertThat(byToken.header("Retry-After")).isEqualTo("2");
            assertThat(byToken.header("Content-Type")).startsWith("application/problem+json");
            assertThat(byToken.json().get("type").asString()).isEqualTo("urn:plenary:problem:service-unavailable");

            Api.Response anonymous = api.get("/api/v1/processes/PX.1/documents");
            assertThat(anonymous.status()).as("process of the path read anonymously: %s", anonymous).isEqualTo(503);
            assertThat(anonymous.header("Retry-After")).isEqualTo("2");

            HttpResponse<String> page = browser.get("/processes");
            assertThat(page.statusCode()).as("session read in a filter: %s", page.body()).isEqualTo(503);
            assertThat(page.headers().firstValue("Retry-After")).hasValue("2");
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
        assertThat(api.as(token).get("/api/v1/processes").status()).as("served again once connections are free")
                .isEqualTo(200);
    }
}
