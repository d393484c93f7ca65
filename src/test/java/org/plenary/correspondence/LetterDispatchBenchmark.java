package org.plenary.correspondence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Benchmark, not part of the test run (the name ends in neither Test nor IT): one letter to 200 States
 * Parties with 3 delegate accounts each, 600 e-mails to GreenMail. Prints the time of the send call and
 * from the call until the last e-mail arrived and until every dispatch is SENT. Run it with
 * {@code ./mvnw -o test -Dtest=LetterDispatchBenchmark}; results are in docs/performance.md.
 */
class LetterDispatchBenchmark {

    private static final int STATES = 200;
    private static final int ACCOUNTS_EACH = 3;
    private static final int EMAILS = STATES * ACCOUNTS_EACH;

    @Test
    void sendOneLetterToSixHundredAccounts() throws Exception {
        GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start();
                OutboxInstance plenary = OutboxInstance.start("bench", postgres.getJdbcUrl("postgres", "postgres"),
                        OutboxInstance.mailServerAt(mail.getSmtp().getPort()))) {
            LetterRun run = LetterRun.prepare(plenary.admin(), STATES, ACCOUNTS_EACH);

            long start = System.nanoTime();
            run.send();
            long sendCall = System.nanoTime() - start;
            assertThat(mail.waitForIncomingEmail(Duration.ofMinutes(10).toMillis(), EMAILS)).isTrue();
            long lastEmail = System.nanoTime() - start;
            await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(100))
                    .until(() -> run.dispatchesIn("SENT") == EMAILS);
            long allSent = System.nanoTime() - start;

            assertThat(run.receivedBy(mail)).isEqualTo(run.eachRecipientOnce());
            System.out.printf("%nBENCHMARK letter to %d accounts: send call %d ms, last e-mail received %d ms, "
                    + "all dispatches SENT %d ms (%.0f e-mails/s)%n%n", EMAILS, millis(sendCall), millis(lastEmail),
                    millis(allSent), EMAILS * 1e9 / lastEmail);
        } finally {
            mail.stop();
        }
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }
}
