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
 * leaves the rest to another, instances polling together deliver each e-mail once, and so do two instances
 * delivering a thousand e-mails at full speed.
 *
 * <p>Delivery is at least once, and exactly once except in one window: the mail server has accepted the
 * e-mail (250 after DATA) and the instance dies (power, SIGKILL) before committing the dispatch as SENT,
 * a window of one transaction of the recorder of outcomes. That dispatch is then sent again once the claim of the dead instance
 * runs out (plenary.outbox.lease, 2 min), with the same Message-ID, so a mail client can discard the copy. A
 * clean stop, tested here, ends the e-mail being sent and gives back the rest of its batch, and so duplicates
 * nothing.
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
        // One connection, one e-mail at a time: the first instance is stopped long before it could send them all.
        OutboxInstance first = start("first", "--plenary.outbox.connections=1", "--plenary.outbox.batch-size=1");
        LetterRun run = LetterRun.prepare(first.admin(), STATES, ACCOUNTS_EACH);
        run.send();
        await().atMost(Duration.ofSeconds(60)).until(() -> run.received(mail) >= 5);

        first.close();
        long sentByTheFirst = run.received(mail);
        assertThat(sentByTheFirst).as("e-mails sent before the first instance stopped").isLessThan(EMAILS);
        assertThat(claimed()).as("e-mails left claimed by the stopped instance").isZero();
        assertThat(sentDispatches()).as("dispatches SENT: exactly those whose e-mail arrived").isEqualTo(sentByTheFirst);

        OutboxInstance second = start("second");
        await().atMost(Duration.ofSeconds(90)).until(() -> run.read(second.api()).get("dispatches").valueStream()
                .allMatch(d -> d.get("status").asString().equals("SENT")));
        assertThat(second.delivered()).isEqualTo(EMAILS - (int) sentByTheFirst);
        assertThat(run.receivedBy(mail)).isEqualTo(run.eachRecipientOnce());
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> run.received(mail) == EMAILS);
    }

    @Test
    void twoInstancesPollingTheSameOutboxDeliverEachEmailOnce() {
        // One connection each, one e-mail at a time, looking often: neither instance takes the whole run alone.
        String[] slow = {"--plenary.outbox.connections=1", "--plenary.outbox.batch-size=1",
            "--plenary.outbox.poll-interval=100ms"};
        OutboxInstance first = start("first", slow);
        OutboxInstance second = start("second", slow);
        LetterRun run = LetterRun.prepare(first.admin(), STATES, ACCOUNTS_EACH);
        run.send();

        await().atMost(Duration.ofSeconds(90)).until(() -> run.dispatchesIn("SENT") == EMAILS);
        assertThat(run.receivedBy(mail)).isEqualTo(run.eachRecipientOnce());
        assertThat(first.delivered() + second.delivered()).isEqualTo(EMAILS);
        assertThat(first.delivered()).as("deliveries by the first instance").isPositive();
        assertThat(second.delivered()).as("deliveries by the second instance").isPositive();
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> run.received(mail) == EMAILS);
    }

    /**
     * Correctness under load, not speed: a letter to 200 States Parties (1 account and 4 contacts each) leaves
     * through two instances at their default settings; every e-mail arrives exactly once, with its outbox id as
     * Message-ID, and both instances took part. The time it takes is measured by LetterDispatchBenchmark.
     */
    @Test
    void twoInstancesDeliverAThousandEmailsEachExactlyOnce() {
        OutboxInstance first = start("first");
        OutboxInstance second = start("second", "--plenary.outbox.poll-interval=100ms");
        LetterRun run = LetterRun.prepare(first.admin(), 200, 1, 4);
        run.send();

        await().atMost(Duration.ofMinutes(5)).until(() -> run.received(mail) >= 1_000);
        await().atMost(Duration.ofMinutes(1)).until(() -> run.dispatchesIn("SENT") == 1_000);
        assertThat(run.receivedBy(mail)).isEqualTo(run.eachRecipientOnce());
        assertThat(run.messageIds(mail)).as("Message-IDs: the dispatches' ids, each once")
                .containsExactlyInAnyOrderElementsOf(run.dispatches().stream().map(d -> d.get("id").asString())
                        .toList());
        assertThat(first.delivered() + second.delivered()).isEqualTo(1_000);
        assertThat(second.delivered()).as("deliveries by the instance that did not queue them").isPositive();
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> run.received(mail) == 1_000);
    }

    private OutboxInstance start(String name, String... settings) {
        OutboxInstance instance = OutboxInstance.start(name, postgres.getJdbcUrl("postgres", "postgres"),
                OutboxInstance.mailServerAt(mail.getSmtp().getPort(), settings));
        started.add(instance);
        return instance;
    }

    private long claimed() {
        return database().sql("select count(*) from mail_outbox where claimed_by is not null").query(Long.class)
                .single();
    }

    private long sentDispatches() {
        return database().sql("select count(*) from letter_dispatch where status = 'SENT'").query(Long.class).single();
    }

    private static JdbcClient database() {
        return JdbcClient.create(postgres.getPostgresDatabase());
    }
}
