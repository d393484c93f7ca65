package org.plenary.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.springframework.util.FileSystemUtils;

/**
 * Directories the tests write to (data directories of embedded PostgreSQL servers, a web server's work files,
 * generated documents), deleted when the test JVM exits. A PostgreSQL that runs from one of them stops when its
 * application context closes, which Spring does from a shutdown hook of its own that runs beside this one: a
 * directory is deleted once no server holds it (its {@code postgres/postmaster.pid} is gone), and left as it is if
 * one still does after {@link #SERVER_STOP}.
 */
public final class TemporaryDirectories {

    private static final Duration SERVER_STOP = Duration.ofSeconds(20);
    private static final Set<Path> CREATED = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TemporaryDirectories::deleteAll, "delete-test-directories"));
    }

    private TemporaryDirectories() {
    }

    /** A new, empty directory whose name begins with {@code prefix}, deleted when the JVM exits. */
    public static Path create(String prefix) {
        try {
            Path directory = Files.createTempDirectory(prefix);
            CREATED.add(directory);
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteAll() {
        long deadline = System.nanoTime() + SERVER_STOP.toNanos();
        for (Path directory : CREATED) {
            Path server = directory.resolve("postgres").resolve("postmaster.pid");
            try {
                Awaitility.await().atMost(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())))
                        .pollInterval(Duration.ofMillis(50)).until(() -> Files.notExists(server));
                FileSystemUtils.deleteRecursively(directory);
            } catch (ConditionTimeoutException stillRunning) {
                System.err.println("Not deleted, a PostgreSQL still runs from it: " + directory);
            } catch (IOException e) {
                System.err.println("Could not delete " + directory + ": " + e);
            }
        }
    }
}
