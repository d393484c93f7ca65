package org.plenary.shared.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
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
 * every commit is flushed to disk. Every connection needs the password kept beside it ({@link DatabasePassword}):
 * a data directory made by an earlier version, where local connections were trusted, gets it on its next start.
 */
final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(30);

    /** The first line of the pg_hba.conf written by Plenary. */
    private static final String OUR_HBA = "# Written by Plenary: every connection needs the password of " + DatabasePassword.FILE;

    private final EmbeddedPostgres postgres;
    private final String password;

    private EmbeddedDatabase(EmbeddedPostgres postgres, String password) {
        this.postgres = postgres;
        this.password = password;
    }

    static EmbeddedDatabase none() {
        return new EmbeddedDatabase(null, null);
    }

    static EmbeddedDatabase start(Path dataDir) throws IOException {
        Path pgData = dataDir.resolve("postgres").toAbsolutePath();
        Files.createDirectories(pgData);
        stopOrphanedPostmaster(pgData);
        String password = DatabasePassword.of(dataDir);
        log.info("Starting embedded PostgreSQL in {}", pgData);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(pgData)
                .setCleanDataDirectory(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setRegisterShutdownHook(false)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("password_encryption", "scram-sha-256")
                .setConnectConfig("password", password)
                .start();
        try {
            requirePassword(postgres, pgData.resolve("pg_hba.conf"), password);
        } catch (IOException | SQLException | RuntimeException e) {
            postgres.close();
            throw new IOException("Could not require the password of the embedded PostgreSQL in " + pgData, e);
        }
        return new EmbeddedDatabase(postgres, password);
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    String password() {
        return password;
    }

    /**
     * Sets the role's password and makes PostgreSQL require it (SCRAM) from every client, local or not, unless
     * this was done at an earlier start. The password is set before the rule, so that a start interrupted
     * between the two steps does them again.
     */
    private static void requirePassword(EmbeddedPostgres postgres, Path hba, String password)
            throws IOException, SQLException {
        if (Files.readAllLines(hba).stream().findFirst().filter(OUR_HBA::equals).isPresent()) {
            return;
        }
        log.info("Requiring a password for every connection to the embedded PostgreSQL");
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("alter role postgres password '" + password.replace("'", "''") + "'");
            Files.writeString(hba, String.join("\n", OUR_HBA,
                    "local all all scram-sha-256",
                    "host all all all scram-sha-256", ""));
            statement.execute("select pg_reload_conf()");
        }
        // The server reloads its rules on its own time: the application connects only once they are in force.
        long deadline = System.nanoTime() + SHUTDOWN_WAIT.toNanos();
        while (acceptsWithoutPassword(postgres)) {
            if (System.nanoTime() > deadline) {
                throw new IOException("PostgreSQL still accepts connections without a password after reloading " + hba);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("Interrupted while PostgreSQL reloads " + hba, e);
            }
        }
    }

    private static boolean acceptsWithoutPassword(EmbeddedPostgres postgres) {
        try (Connection connection = DriverManager.getConnection(postgres.getJdbcUrl("postgres", "postgres"))) {
            return true;
        } catch (SQLException refused) {
            return false;
        }
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
