package org.plenary.correspondence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The outbox on several instances sharing one PostgreSQL: an instance stopped in the middle of a run
 * leaves the rest to another, and instances polling together deliver each e-mail once.
 *
 * <p>Delivery is at least once, and exactly once except in one window: the mail server has accepted the
 * e-mail (250 after DATA) and the instance dies (power, SIGKILL) before committing the dispatch as SENT,
 * a window of one UPDATE and COMMIT. That dispatch is then sent again once its execution is found dead
 * (db-scheduler heartbeats, 90 s), with the same Message-ID, so a mail client can discard the copy. A clean
 * stop, tested here, waits for the deliveries that are running (db-scheduler.shutdown-max-wait) and so
 * duplicates nothing.
 */
class OutboxAcrossInstancesTest {

    private static final int STATES = 20;
    private static final int ACCOUNTS_EACH = 3;
    private static final int EMAILS = STATES * ACCOUNTS_EACH;

    private static EmbeddedPostgres postgres;
    private static GreenMail mail;
    private final List<OutboxInstance> started = new ArrayList<>();

    @BeforeAll
    static void oneDatabaseAndOneMailServer() throws IOException {
        postgres = EmbeddedPostgres.start();
        mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
    }

    @AfterAll
    static void stopThem() throws IOException {
        mail.stop();
        postgres.close();
    }

    @BeforeEach
    void noMailYet() throws Exception {
        mail.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void closeInstances() {
        started.forEach(OutboxInstance::close);
    }

    @Test
    void anInstanceStoppedInTheMiddleOfARunLeavesTheRestToAnotherAndNothingIsLostOrSentTwice() {
        OutboxInstance first = start("first", "--db-scheduler.threads=2");
        LetterRun run = LetterRun.prepare(first.admin(), STATES, ACCOUNTS_EACH);
        run.send();
        await().atMost(Duration.ofSeconds(60)).until(() -> run.received(mail) >= 5);

        first.close();
        long sentByTheFirst = run.received(mail);
        assertThat(sentByTheFirst).as("e-mails sent before the first instance stopped").isLessThan(EMAILS);
        assertThat(picked()).as("executions left picked by the stopped instance").isZero();
        assertThat(sentDispatches()).as("dispatches SENT: exactly those whose e-mail arrived").isEqualTo(sentByTheFirst);

        OutboxInstance second = start("second");
        await().atMost(Duration.ofSeconds(90)).until(() -> run.read(second.api()).get("dispatches").valueStream()
                .allMatch(d -> d.get("status").asString().equals("SENT")));
        assertThat(second.completedExecutions()).isEqualTo(EMAILS - (int) sentByTheFirst);
        assertThat(run.receivedBy(mail)).isEqualTo(run.eachRecipientOnce());
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> run.received(mail) == EMAILS);
    }

    @Test
    void twoInstancesPollingTheSameOutboxDeliverEachEmailOnce() {
        // One delivery thread each, so that neither instance takes the whole run in one poll and both must share it.
        OutboxInstance first = start("first", "--db-scheduler.threads=1");
        OutboxInstance second = start("second", "--db-scheduler.threads=1");
        LetterRun run = LetterRun.prepare(first.admin(), STATES, ACCOUNTS_EACH);
        run.send();

        await().atMost(Duration.ofSeconds(90)).until(() -> run.dispatchesIn("SENT") == EMAILS);
        assertThat(run.receivedBy(mail)).isEqualTo(run.eachRecipientOnce());
        assertThat(first.completedExecutions() + second.completedExecutions()).isEqualTo(EMAILS);
        assertThat(first.completedExecutions()).as("deliveries by the first instance").isPositive();
        assertThat(second.completedExecutions()).as("deliveries by the second instance").isPositive();
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> run.received(mail) == EMAILS);
    }

    private OutboxInstance start(String name, String... settings) {
        OutboxInstance instance = OutboxInstance.start(name, postgres.getJdbcUrl("postgres", "postgres"),
                OutboxInstance.mailServerAt(mail.getSmtp().getPort(), settings));
        started.add(instance);
        return instance;
    }

    private long picked() {
        return database().sql("select count(*) from scheduled_tasks where picked").query(Long.class).single();
    }

    private long sentDispatches() {
        return database().sql("select count(*) from letter_dispatch where status = 'SENT'").query(Long.class).single();
    }

    private static JdbcClient database() {
        return JdbcClient.create(postgres.getPostgresDatabase());
    }
}
