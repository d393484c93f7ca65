package org.plenary.correspondence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.support.Api;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The mail server refuses every connection until the outbox gives up: the dispatches stay FAILED, with no
 * retry left. An officer resends one, then all the failed ones, once the server is up: each arrives once,
 * its attempts counted from zero.
 */
class ResendFailedDispatchTest {

    private EmbeddedPostgres postgres;
    private OutboxInstance plenary;
    private GreenMail mail;
    private int mailPort;

    @BeforeEach
    void anInstanceWhoseMailServerRefusesEveryConnection() throws IOException {
        try (ServerSocket free = new ServerSocket(0)) {
            mailPort = free.getLocalPort();
        }
        postgres = EmbeddedPostgres.start();
        plenary = OutboxInstance.start("plenary", postgres.getJdbcUrl("postgres", "postgres"),
                OutboxInstance.mailServerAt(mailPort, "--plenary.outbox.first-retry=100ms",
                        "--plenary.outbox.max-retries=2", "--PLENARY_SMTP_TIMEOUT_MS=2000"));
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
    void anOfficerResendsFailedDispatchesThatThenArriveOnceEach() {
        LetterRun run = LetterRun.prepare(plenary.admin(), 2, 1);
        run.send();
        JdbcClient database = JdbcClient.create(postgres.getPostgresDatabase());
        await().atMost(Duration.ofSeconds(30)).until(() -> run.dispatchesIn("FAILED") == 2 && database.sql(
                "select count(*) from mail_outbox where next_attempt_at is not null").query(Long.class)
                .single() == 0);
        assertThat(run.dispatches()).allSatisfy(d -> assertThat(d.get("attempts").asInt()).as("the first attempt and two retries").isEqualTo(3));

        mail = new GreenMail(new ServerSetup(mailPort, "localhost", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4)).until(() -> run.received(mail) == 0);
        assertThat(run.dispatchesIn("FAILED")).as("the outbox gave up: nothing retries them").isEqualTo(2);

        List<JsonNode> failed = run.dispatches();
        JsonNode first = failed.get(0);
        Api.Response resent = run.presidency().post(dispatches(run) + "/" + first.get("id").asString() + "/resend",
                null);
        assertThat(resent.status()).as(resent.toString()).isEqualTo(200);
        assertThat(resent.json().get("status").asString()).isEqualTo("QUEUED");
        assertThat(resent.json().get("attempts").asInt()).isZero();
        assertThat(resent.json().get("lastError").isNull()).isTrue();

        await().atMost(Duration.ofSeconds(20)).until(() -> run.received(mail) == 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> run.dispatchesIn("SENT") == 1);
        assertThat(run.receivedBy(mail)).containsOnlyKeys(first.get("email").asString());
        JsonNode delivered = run.dispatches().stream()
                .filter(d -> d.get("id").asString().equals(first.get("id").asString())).findFirst().orElseThrow();
        assertThat(delivered.get("attempts").asInt()).isEqualTo(1);
        assertThat(run.presidency().post(dispatches(run) + "/" + first.get("id").asString() + "/resend", null)
                .status()).as("a sent dispatch is not resent").isEqualTo(409);

        Api.Response all = run.presidency().post(dispatches(run) + "/resend-failed", null);
        assertThat(all.status()).as(all.toString()).isEqualTo(200);
        assertThat(all.json().valueStream().map(d -> d.get("id").asString()).toList())
                .containsExactly(failed.get(1).get("id").asString());
        await().atMost(Duration.ofSeconds(20)).until(() -> run.dispatchesIn("SENT") == 2);
        assertThat(run.receivedBy(mail)).isEqualTo(run.eachRecipientOnce());
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> run.received(mail) == 2);
        assertThat(run.presidency().post(dispatches(run) + "/resend-failed", null).status()).isEqualTo(409);
    }

    private static String dispatches(LetterRun run) {
        return "/processes/" + run.process() + "/letters/" + run.letter() + "/dispatches";
    }
}
