package org.plenary.correspondence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A mail server that accepts connections and never answers: every e-mail is claimed by a delivery that waits on
 * it. The outbox holds no database connection while it talks to the mail server: an officer still reads the
 * letter instead of waiting for a connection until the pool gives up.
 */
class MailServerHangsTest {

    private EmbeddedPostgres postgres;
    private OutboxInstance plenary;
    private ServerSocket silentServer;
    private final List<Socket> waiting = new CopyOnWriteArrayList<>();

    @BeforeEach
    void anInstanceWhoseMailServerNeverAnswers() throws IOException {
        silentServer = new ServerSocket(0);
        Thread.ofVirtual().start(this::acceptAndSayNothing);
        postgres = EmbeddedPostgres.start();
        plenary = OutboxInstance.start("plenary", postgres.getJdbcUrl("postgres", "postgres"),
                OutboxInstance.mailServerAt(silentServer.getLocalPort(), "--PLENARY_SMTP_TIMEOUT_MS=300000"));
    }

    @AfterEach
    void stop() throws IOException {
        silentServer.close();
        for (Socket socket : waiting) {
            socket.close();
        }
        plenary.close();
        postgres.close();
    }

    @Test
    void officersReadTheLetterWhileEveryDeliveryWaitsOnTheMailServer() {
        LetterRun run = LetterRun.prepare(plenary.admin(), 15, 2);
        run.send();
        JdbcClient database = JdbcClient.create(postgres.getPostgresDatabase());
        await().atMost(Duration.ofSeconds(30)).until(() -> !waiting.isEmpty() && database
                .sql("select count(*) from mail_outbox where claimed_by is not null").query(Long.class).single() == 30);

        for (int read = 0; read < 3; read++) {
            assertThat(run.read().get("dispatches").valueStream().map(d -> d.get("status").asString()))
                    .hasSize(30).containsOnly("QUEUED");
        }
    }

    private void acceptAndSayNothing() {
        while (!silentServer.isClosed()) {
            try {
                waiting.add(silentServer.accept());
            } catch (IOException closed) {
                return;
            }
        }
    }
}
