package org.plenary.correspondence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Without a mail server, a sent letter's e-mails wait in the outbox, untried, and the letter says why. */
class NoMailServerTest {

    private EmbeddedPostgres postgres;
    private OutboxInstance plenary;

    @BeforeEach
    void anInstanceWithoutMailServer() throws IOException {
        postgres = EmbeddedPostgres.start();
        plenary = OutboxInstance.start("plenary", postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.mail.host=", "--plenary.outbox.poll-interval=100ms");
    }

    @AfterEach
    void stop() throws IOException {
        plenary.close();
        postgres.close();
    }

    @Test
    void dispatchesStayQueuedWithoutAttemptsAndTheLetterSaysNoMailServerIsConfigured() {
        LetterRun run = LetterRun.prepare(plenary.admin(), 2, 1);
        Instant sent = Instant.now();
        run.send();

        JdbcClient database = JdbcClient.create(postgres.getPostgresDatabase());
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> database.sql("""
                select count(*) from mail_outbox
                 where status = 'QUEUED' and attempts = 0 and claimed_by is null and next_attempt_at <= ?
                """).param(Timestamp.from(sent.plusSeconds(1))).query(Long.class).single() == 2);

        JsonNode letter = run.read();
        assertThat(letter.get("status").asString()).isEqualTo("SENT");
        assertThat(letter.get("mailServerConfigured").asBoolean()).isFalse();
        assertThat(run.dispatches()).hasSize(2).allSatisfy(d -> {
            assertThat(d.get("status").asString()).isEqualTo("QUEUED");
            assertThat(d.get("attempts").asInt()).isZero();
            assertThat(d.get("lastError").isNull()).isTrue();
        });
    }
}
