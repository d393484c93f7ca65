package org.plenary.support;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs the tools of the Node.js ecosystem that read Plenary's outputs as their users' clients do ({@code redocly},
 * {@code ical.js}), at pinned versions fetched by npm. Without Node.js a test skips on a developer machine and fails
 * in CI (the variable {@code CI} set), where {@code .ci/run} installs it.
 */
public final class NodeTools {

    private static final long TIMEOUT_SECONDS = 600;

    /** What a command printed, and how it ended. */
    public record Run(int exitCode, String output) {
    }

    private NodeTools() {
    }

    /** Runs an npm package's command: {@code npx --yes package@version arguments...}. */
    public static Run npx(Path directory, String packageAtVersion, String... arguments) {
        List<String> command = new ArrayList<>(List.of(required("npx"), "--yes", packageAtVersion));
        command.addAll(List.of(arguments));
        return run(directory, command);
    }

    /** Installs npm packages into the directory, then runs a script there with node. */
    public static Run node(Path directory, String script, String... packagesAtVersions) {
        List<String> install = new ArrayList<>(List.of(required("npm"), "install", "--no-audit", "--no-fund",
                "--prefix", directory.toString()));
        install.addAll(List.of(packagesAtVersions));
        Run installed = run(directory, install);
        if (installed.exitCode() != 0) {
            fail("npm install failed: %s", installed.output());
        }
        try {
            Path file = directory.resolve("check.mjs");
            Files.writeString(file, script, StandardCharsets.UTF_8);
            return run(directory, List.of(required("node"), file.toString()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Run run(Path directory, List<String> command) {
        try {
            Path log = Files.createTempFile("node-tool", ".log");
            Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("%s took more than %d s", command, TIMEOUT_SECONDS);
            }
            return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String required(String name) {
        Path found = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(directory -> Path.of(directory, name)).filter(Files::isExecutable).findFirst().orElse(null);
        String ci = System.getenv("CI");
        if (found == null && ci != null && !ci.isBlank()) {
            fail("%s (Node.js) is required in CI: apt-get install nodejs npm", name);
        }
        Assumptions.assumeTrue(found != null, name + " (Node.js) is not installed");
        return found.toString();
    }
}
