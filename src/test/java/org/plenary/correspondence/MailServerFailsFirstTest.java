package org.plenary.correspondence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The mail server is down when the letter is sent: every dispatch fails with its reason, and is retried
 * with backoff until the server is up; then each delegate receives the letter exactly once.
 */
class MailServerFailsFirstTest {

    private EmbeddedPostgres postgres;
    private OutboxInstance plenary;
    private GreenMail mail;
    private int mailPort;

    @BeforeEach
    void anInstanceWhoseMailServerIsNotRunningYet() throws IOException {
        try (ServerSocket free = new ServerSocket(0)) {
            mailPort = free.getLocalPort();
        }
        postgres = EmbeddedPostgres.start();
        plenary = OutboxInstance.start("plenary", postgres.getJdbcUrl("postgres", "postgres"),
                OutboxInstance.mailServerAt(mailPort, "--plenary.outbox.first-retry=200ms",
                        "--PLENARY_SMTP_TIMEOUT_MS=2000"));
    }

    @AfterEach
    void stop() throws IOException {
        plenary.close();
        if (mail != null) {
            mail.stop();
        }
        postgres.close();
    }

    @Test
    void dispatchesFailWithTheirReasonThenReachEveryAccountOnceWhenTheServerIsUp() {
        LetterRun run = LetterRun.prepare(plenary.admin(), 2, 2);
        run.send();

        await().atMost(Duration.ofSeconds(30)).until(() -> run.dispatchesIn("FAILED") == 4);
        JsonNode letter = run.read();
        assertThat(letter.get("status").asString()).isEqualTo("SENT");
        assertThat(letter.get("mailServerConfigured").asBoolean()).isTrue();
        for (JsonNode dispatch : letter.get("dispatches")) {
            assertThat(dispatch.get("attempts").asInt()).isPositive();
            assertThat(dispatch.get("lastError").asString())
                    .startsWith("Cannot connect to the mail server localhost:" + mailPort)
                    .contains("Connection refused");
        }

        mail = new GreenMail(new ServerSetup(mailPort, "localhost", ServerSetup.PROTOCOL_SMTP));
        mail.start();

        await().atMost(Duration.ofSeconds(60)).until(() -> run.dispatchesIn("SENT") == 4);
        assertThat(run.dispatches()).allSatisfy(d -> {
            assertThat(d.get("lastError").isNull()).as("error of a delivered dispatch").isTrue();
            assertThat(d.get("attempts").asInt()).isGreaterThan(1);
        });
        assertThat(run.receivedBy(mail)).isEqualTo(run.eachRecipientOnce());
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
                .until(() -> run.received(mail) == 4);
    }
}
