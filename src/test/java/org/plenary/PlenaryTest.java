package org.plenary;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.UUID;
import org.plenary.support.Api;
import org.plenary.support.OpenIdProvider;
import org.plenary.support.TestClock;
import org.springframework.context.annotation.Import;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.plenary.support.TemporaryDirectories;

/**
 * Base of the full-stack tests: the whole application on a random port, on a real (embedded) PostgreSQL
 * in a fresh directory per test run. All tests share one application context and one database, so each
 * test makes its own data with unique names ({@link #unique}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClock.Configuration.class)
public abstract class PlenaryTest {

    public static final String ADMIN_PASSWORD = "test-admin-password";
    /** The credential of /actuator/prometheus in tests. */
    public static final String METRICS_TOKEN = "test-metrics-token";
    private static final String DATA_DIR;

    /** A real OpenID provider, named "corp" to the application (see ProviderJourney), discovered at first use. */
    protected static final OpenIdProvider OPENID_PROVIDER = OpenIdProvider.start();

    /** A real SMTP server that receives every e-mail the application sends in tests. */
    protected static final GreenMail MAIL = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    static {
        DATA_DIR = TemporaryDirectories.create("plenary-test-").toString();
        MAIL.start();
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("plenary.db.data-dir", () -> DATA_DIR);
        registry.add("plenary.db.url", () -> "");
        registry.add("plenary.identity.admin-password", () -> ADMIN_PASSWORD);
        // Every test client comes from 127.0.0.1: its failed sign-ins, added up over the whole run, must not slow
        // down the sign-ins of later tests. The address limit is tested on SignInThrottle itself (SignInThrottleTest).
        registry.add("plenary.identity.throttle.address-free-failures", () -> 1_000_000);
        registry.add("spring.mail.host", () -> "localhost");
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
        registry.add("plenary.metrics.token", () -> METRICS_TOKEN);
        OpenIdProvider.configure(registry, OPENID_PROVIDER);
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient jdbc;

    protected Api api() {
        return new Api(port);
    }

    protected String tokenFor(String username, String password) {
        Api.Response response = api().post("/auth/token", Map.of("username", username, "password", password));
        if (response.status() != 200) {
            throw new IllegalStateException("Cannot sign in " + username + ": " + response);
        }
        return response.json().get("token").asString();
    }

    protected Api admin() {
        return api().as(tokenFor("admin", ADMIN_PASSWORD));
    }

    /** The tables of the application's data; a refused request must leave every count as it was. */
    private static final List<String> TABLES = List.of("participant", "treaty", "treaty_status", "account", "api_token",
            "process", "process_officer", "meeting", "meeting_session", "meeting_attendee", "audit_entry", "letter",
            "speakers_list_reordering",
            "consultation", "consultation_element", "consultation_question", "consultation_submission",
            "consultation_position", "consultation_missing", "consultation_answer", "consultation_group_member",
            "consultation_submission_version", "consultation_revision", "consultation_revision_element",
            "consultation_notice", "mail_outbox", "account_mail", "meeting_notice", "document", "contact",
            "silence_procedure", "silence_eligible", "silence_document", "silence_response", "silence_notice",
            "letter_version", "silence_procedure_version", "participant_name", "calendar_feed",
            "account_link", "web_session", "account_second_factor", "account_recovery_code");

    /** Row counts of every table (audit entries included): compare before and after a refused request. */
    protected Map<String, Object> snapshot() {
        Map<String, Object> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
        }
        return counts;
    }

    /** Sends a request that must be refused and asserts that the database did not change. */
    protected Api.Response unchanged(Supplier<Api.Response> request) {
        Map<String, Object> before = snapshot();
        Api.Response response = request.get();
        assertThat(snapshot()).as("database after %s", response).isEqualTo(before);
        return response;
    }

    protected long count(String sql, Object... params) {
        var statement = jdbc.sql(sql);
        for (Object param : params) {
            statement = statement.param(param);
        }
        return statement.query(Long.class).single();
    }

    protected static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
