package org.plenary.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Parses files for their text, each in a process of its own ({@link TextExtractionProcess}): a JVM with at most
 * {@code memory} of heap, so that no file, however it is made, can take the instance's memory; at most
 * {@code parsers} at once (so that hostile files cannot take every core, nor every thread of db-scheduler, which
 * also delivers e-mails: a task that finds every parser busy gives its thread back at once and comes again
 * shortly), each given {@code timeLimit}, then killed. A permit is given back once its process has ended. A file
 * of a type whose text is not read has none, and starts no process.
 */
@Component
class TextParsers implements DisposableBean {

    /** What a parse gave. */
    sealed interface Outcome {
        record Text(String text) implements Outcome {
        }

        record Failed(String reason) implements Outcome {
        }

        /** Every parser is busy: try again later. */
        record Busy() implements Outcome {
        }
    }

    /** How long a parser past its deadline is given to say so itself before it is killed. */
    private static final Duration GRACE = Duration.ofSeconds(2);
    /** The exit status of a JVM that ran out of memory with {@code -XX:+ExitOnOutOfMemoryError}. */
    private static final int OUT_OF_MEMORY = 3;
    /** Starts a class of an executable Spring Boot jar other than its application ({@code loader.main}). */
    private static final String BOOT_LAUNCHER = "org.springframework.boot.loader.launch.PropertiesLauncher";

    private final TextLimits limits;
    private final Semaphore permits;
    private final Set<Process> running = ConcurrentHashMap.newKeySet();

    TextParsers(TextLimits limits) {
        this.limits = limits;
        this.permits = new Semaphore(limits.parsers());
    }

    Outcome parse(Path file, String contentType) throws InterruptedException {
        if (!TextExtraction.reads(contentType)) {
            return new Outcome.Text("");
        }
        if (!permits.tryAcquire()) {
            return new Outcome.Busy();
        }
        Path outcome = null;
        Process process = null;
        try {
            outcome = Files.createTempFile("plenary-text-", ".txt");
            process = new ProcessBuilder(command(file, contentType, outcome, Instant.now().plus(limits.timeLimit())))
                    .redirectOutput(Redirect.DISCARD).redirectError(Redirect.DISCARD).start();
            running.add(process);
            if (!process.waitFor(limits.timeLimit().plus(GRACE).toMillis(), TimeUnit.MILLISECONDS)) {
                return new Outcome.Failed("the text could not be extracted within the time limit");
            }
            return switch (process.exitValue()) {
                case TextExtractionProcess.TEXT -> new Outcome.Text(Files.readString(outcome));
                case TextExtractionProcess.UNEXTRACTABLE -> new Outcome.Failed(Files.readString(outcome));
                case OUT_OF_MEMORY -> new Outcome.Failed("the file needs more than " + limits.memory().toMegabytes()
                        + " MB of memory to be read");
                default -> new Outcome.Failed("the file cannot be read (the parser ended with status "
                        + process.exitValue() + ")");
            };
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start a parser process or read what it wrote", e);
        } finally {
            end(process);
            if (outcome != null) {
                try {
                    Files.deleteIfExists(outcome);
                } catch (IOException ignored) {
                    // the system cleans its temporary directory
                }
            }
            permits.release();
        }
    }

    /** The command that parses {@code file} in a JVM of its own, on this application's class path. */
    private List<String> command(Path file, String contentType, Path outcome, Instant deadline) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx" + limits.memory().toMegabytes() + "m", "-XX:+ExitOnOutOfMemoryError",
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path")));
        String main = TextExtractionProcess.class.getName();
        if (TextExtractionProcess.class.getProtectionDomain().getCodeSource().getLocation().toString()
                .startsWith("jar:nested:")) {
            command.addAll(List.of("-Dloader.main=" + main, BOOT_LAUNCHER));
        } else {
            command.add(main);
        }
        command.addAll(List.of(file.toString(), contentType, outcome.toString(),
                Long.toString(deadline.toEpochMilli()), Long.toString(limits.inflated().toBytes()),
                Integer.toString(limits.characters())));
        return command;
    }

    /** Kills the process if it still runs, and waits until it has. */
    private void end(Process process) {
        if (process == null) {
            return;
        }
        process.destroyForcibly();
        boolean interrupted = false;
        while (process.isAlive()) {
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        running.remove(process);
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void destroy() {
        running.forEach(Process::destroyForcibly);
    }
}
