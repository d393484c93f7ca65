package org.plenary.shared.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL kept under the data directory. A previous run that was killed (kill -9)
 * leaves its postmaster running and holding the data directory; it is shut down before a new one starts.
 * The database stops when the application context closes (not from a shutdown hook of its own, which
 * would race the context's last use of the database), and it is durable: unlike zonky's test defaults,
 * every commit is flushed to disk.
 */
final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(30);

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static EmbeddedDatabase none() {
        return new EmbeddedDatabase(null);
    }

    static EmbeddedDatabase start(Path dataDir) throws IOException {
        Path pgData = dataDir.resolve("postgres").toAbsolutePath();
        Files.createDirectories(pgData);
        stopOrphanedPostmaster(pgData);
        log.info("Starting embedded PostgreSQL in {}", pgData);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(pgData)
                .setCleanDataDirectory(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setRegisterShutdownHook(false)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .start();
        return new EmbeddedDatabase(postgres);
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    @Override
    public void close() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    private static void stopOrphanedPostmaster(Path pgData) throws IOException {
        Optional<ProcessHandle> orphan = postmasterOf(pgData);
        if (orphan.isEmpty()) {
            return;
        }
        ProcessHandle postmaster = orphan.get();
        log.warn("A PostgreSQL left by an earlier run (pid {}) holds {}; shutting it down", postmaster.pid(), pgData);
        postmaster.destroy();
        try {
            postmaster.onExit().get(SHUTDOWN_WAIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception stillRunning) {
            postmaster.destroyForcibly();
        }
    }

    private static Optional<ProcessHandle> postmasterOf(Path pgData) throws IOException {
        Path pidFile = pgData.resolve("postmaster.pid");
        if (!Files.isReadable(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || !lines.getFirst().strip().matches("\\d+")) {
            return Optional.empty();
        }
        // The pid may have been reused by an unrelated process since: only a postgres serving this directory is ours.
        return ProcessHandle.of(Long.parseLong(lines.getFirst().strip()))
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false))
                .filter(p -> p.info().arguments().map(args -> List.of(args).contains(pgData.toString())).orElse(false));
    }
}
