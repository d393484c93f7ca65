package org.plenary.support;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the {@code @ApplicationModuleTest}s: a module and the modules it depends on, on an embedded PostgreSQL of
 * their own (not the one of the full-stack tests), with an administrator to set up over HTTP what the scenario needs
 * (for a test started with a web environment).
 */
public abstract class ModuleTest {

    private static final String ADMIN_PASSWORD = "module-test-password";

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    private Environment environment;

    @DynamicPropertySource
    static void moduleDatabase(DynamicPropertyRegistry registry) {
        String dataDir = TemporaryDirectories.create("plenary-module-test-").toString();
        registry.add("plenary.db.data-dir", () -> dataDir);
        registry.add("plenary.db.url", () -> "");
        registry.add("plenary.identity.admin-password", () -> ADMIN_PASSWORD);
    }

    /** The port of the module's web server. */
    protected int port() {
        return environment.getRequiredProperty("local.server.port", Integer.class);
    }

    /** The administrator, signed in. */
    protected Api admin() {
        Api api = new Api(port());
        return api.as(Fixtures.signIn(api, "admin", ADMIN_PASSWORD));
    }
}
