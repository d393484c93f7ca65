package org.plenary.correspondence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.support.ScriptedSmtpServer;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * What the outbox does with the mail server's answers: an address it rejects for good (550) is FAILED at once with
 * the server's answer and never tried again; an address it refuses for now (451) is retried with backoff and
 * delivered once the server takes it.
 */
class SmtpRejectionTest {

    private EmbeddedPostgres postgres;
    private ScriptedSmtpServer server;
    private OutboxInstance plenary;
    private final AtomicInteger temporaryRefusals = new AtomicInteger();
    private volatile String rejected = "";
    private volatile String refusedTwice = "";

    @BeforeEach
    void anInstanceWhoseMailServerRejectsOneAddressAndRefusesAnotherTwice() throws IOException {
        server = new ScriptedSmtpServer(address -> {
            if (address.equalsIgnoreCase(rejected)) {
                return "550 5.1.1 <" + address + ">: Recipient address rejected: User unknown";
            }
            if (address.equalsIgnoreCase(refusedTwice) && temporaryRefusals.getAndIncrement() < 2) {
                return "451 4.7.1 Greylisted, try again later";
            }
            return "250 2.1.5 ok";
        });
        postgres = EmbeddedPostgres.start();
        plenary = OutboxInstance.start("plenary", postgres.getJdbcUrl("postgres", "postgres"),
                OutboxInstance.mailServerAt(server.port(), "--plenary.outbox.first-retry=200ms",
                        "--PLENARY_SMTP_TIMEOUT_MS=5000"));
    }

    @AfterEach
    void stop() throws IOException {
        plenary.close();
        server.close();
        postgres.close();
    }

    @Test
    void aPermanentRejectionFailsAtOnceAndATemporaryOneIsRetriedUntilDelivered() {
        LetterRun run = LetterRun.prepare(plenary.admin(), 2, 1);
        List<String> recipients = run.recipients().stream().sorted().toList();
        rejected = recipients.get(0);
        refusedTwice = recipients.get(1);
        run.send();

        await().atMost(Duration.ofSeconds(60)).until(() -> run.dispatchesIn("SENT") == 1
                && run.dispatchesIn("FAILED") == 1);
        JsonNode failed = dispatchTo(run, rejected);
        assertThat(failed.get("attempts").asInt()).as("attempts of the rejected address").isEqualTo(1);
        assertThat(failed.get("lastError").asString()).contains("550 5.1.1").contains("User unknown");
        JsonNode delivered = dispatchTo(run, refusedTwice);
        assertThat(delivered.get("attempts").asInt()).as("two refusals, then delivered").isEqualTo(3);
        assertThat(delivered.get("lastError").isNull()).isTrue();
        assertThat(server.accepted()).containsExactly(refusedTwice);

        JdbcClient database = JdbcClient.create(postgres.getPostgresDatabase());
        assertThat(database.sql("select count(*) from mail_outbox where next_attempt_at is not null")
                .query(Long.class).single()).as("deliveries left to retry").isZero();
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4))
                .until(() -> server.asked().stream().filter(rejected::equalsIgnoreCase).count() == 1);
    }

    private static JsonNode dispatchTo(LetterRun run, String address) {
        return run.dispatches().stream().filter(d -> d.get("email").asString().equalsIgnoreCase(address)).findFirst()
                .orElseThrow();
    }
}
