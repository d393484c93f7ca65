package org.plenary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.plenary.support.Api;

/**
 * The packaged application on its embedded PostgreSQL, stopped cleanly, then killed with SIGKILL: after
 * each, the next start on the same data directory serves what was written before. A kill -9 leaves the
 * PostgreSQL of the killed run behind; the next start must shut it down and take over.
 */
class DataSurvivesKillIT {

    private static final Path JAR = Path.of("target", "plenary.jar");
    private static final String ADMIN_PASSWORD = "kill-test-password";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    @TempDir
    Path dataDir;

    private Process app;
    private boolean aheadOfTime;

    @AfterEach
    void cleanUp() throws Exception {
        if (app != null && app.isAlive()) {
            app.destroy();
            app.waitFor(60, TimeUnit.SECONDS);
        }
        Optional<ProcessHandle> left = postmaster();
        if (left.isPresent()) {
            left.get().destroy();
            left.get().onExit().get(30, TimeUnit.SECONDS);
        }
    }

    /** Started as the jar (java -jar) and with Spring's processing ahead of time, as the README's production start. */
    @ParameterizedTest(name = "spring.aot.enabled={0}")
    @ValueSource(booleans = {false, true})
    void dataSurviveACleanRestartAndAKill(boolean aheadOfTime) throws Exception {
        this.aheadOfTime = aheadOfTime;
        assumeTrue(Files.exists(JAR), "target/plenary.jar is built by the package phase; run ./mvnw verify");

        Api api = start();
        String before = register(api, "Written before a clean stop");
        app.destroy();
        assertThat(app.waitFor(60, TimeUnit.SECONDS)).as("stops within a minute on SIGTERM").isTrue();
        assertThat(postmaster()).as("a clean stop stops PostgreSQL too").isEmpty();

        api = start();
        assertThat(name(api, before)).isEqualTo("Written before a clean stop");
        String killed = register(api, "Written before a kill");
        app.destroyForcibly();
        app.waitFor(60, TimeUnit.SECONDS);
        ProcessHandle orphan = postmaster().orElseThrow(() -> new AssertionError(
                "expected the PostgreSQL of the killed run to be left running"));

        api = start();
        assertThat(orphan.isAlive()).as("the orphaned PostgreSQL was shut down").isFalse();
        assertThat(name(api, before)).isEqualTo("Written before a clean stop");
        assertThat(name(api, killed)).isEqualTo("Written before a kill");
    }

    private Api start() throws IOException, InterruptedException {
        int port = freePort();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-Dspring.aot.enabled=" + aheadOfTime, "-jar",
                JAR.toString(), "--server.port=" + port)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve("plenary.log").toFile()));
        builder.environment().remove("PLENARY_DB_URL");
        builder.environment().put("PLENARY_DATA_DIR", dataDir.toString());
        builder.environment().put("PLENARY_ADMIN_PASSWORD", ADMIN_PASSWORD);
        app = builder.start();
        Api api = new Api(port);
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (!up(api)) {
            if (!app.isAlive() || Instant.now().isAfter(deadline)) {
                throw new AssertionError("Plenary did not come up; its log:\n" + Files.readString(dataDir.resolve("plenary.log")));
            }
            Thread.sleep(250);
        }
        String token = api.post("/auth/token", Map.of("username", "admin", "password", ADMIN_PASSWORD))
                .json().get("token").asString();
        return api.as(token);
    }

    private static boolean up(Api api) {
        try {
            return api.get("/actuator/health").text().contains("\"UP\"");
        } catch (IllegalStateException notListeningYet) {
            return false;
        }
    }

    private static String register(Api api, String name) {
        Api.Response created = api.post("/participants", Map.of("name", name, "kind", "ORGANISATION",
                "organisationType", "OTHER"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private static String name(Api api, String participantId) {
        return api.get("/participants/" + participantId).json().get("name").asString();
    }

    /** The running PostgreSQL named by the pid file of the data directory, if any. */
    private Optional<ProcessHandle> postmaster() throws IOException {
        Path pidFile = dataDir.resolve("postgres").resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(Files.readAllLines(pidFile).getFirst().strip()))
                .filter(ProcessHandle::isAlive);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
