package org.plenary.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * For {@code @ApplicationModuleTest}s: a module and the modules it depends on, on an embedded PostgreSQL of their
 * own (not the one of the full-stack tests), with an administrator to set up what the scenario needs over HTTP.
 */
public final class ModuleTests {

    private static final String ADMIN_PASSWORD = "module-test-password";

    private ModuleTests() {
    }

    public static void properties(DynamicPropertyRegistry registry) {
        try {
            String dataDir = Files.createTempDirectory("plenary-module-test-").toString();
            registry.add("plenary.db.data-dir", () -> dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        registry.add("plenary.db.url", () -> "");
        registry.add("plenary.identity.admin-password", () -> ADMIN_PASSWORD);
    }

    public static Api admin(int port) {
        Api api = new Api(port);
        return api.as(Fixtures.signIn(api, "admin", ADMIN_PASSWORD));
    }
}
