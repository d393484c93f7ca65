package org.plenary.correspondence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Benchmark, not part of the test run (the name ends in neither Test nor IT): letters to 200 States
 * Parties with 2 mission contacts and 3 delegate accounts each, 1,000 e-mails to GreenMail through the outbox,
 * sent one after the other (the first on a cold JVM). Prints the time of each send call and from the call until
 * the last e-mail arrived and until every dispatch is SENT. Run it with {@code bench/letter-dispatch.sh}, more
 * settings of the instance in {@code -Dbench.settings="--name=value ..."}; results are in docs/performance.md.
 */
class LetterDispatchBenchmark {

    private static final int STATES = 200;
    private static final int ACCOUNTS_EACH = 3;
    private static final int CONTACTS_EACH = 2;
    private static final int EMAILS = STATES * (ACCOUNTS_EACH + CONTACTS_EACH);
    private static final int LETTERS = 2;

    @Test
    void sendLettersToAThousandAddresses() throws Exception {
        GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start();
                OutboxInstance plenary = OutboxInstance.start("bench", postgres.getJdbcUrl("postgres", "postgres"),
                        OutboxInstance.mailServerAt(mail.getSmtp().getPort(), settings()))) {
            LetterRun run = LetterRun.prepare(plenary.admin(), STATES, ACCOUNTS_EACH, CONTACTS_EACH);
            for (int letter = 1; letter <= LETTERS; letter++, run = run.another()) {
                measure(letter, run, mail);
            }
        } finally {
            mail.stop();
        }
    }

    private static void measure(int letter, LetterRun run, GreenMail mail) throws InterruptedException {
        int before = mail.getReceivedMessages().length;
        long start = System.nanoTime();
        run.send();
        long sendCall = System.nanoTime() - start;
        assertThat(mail.waitForIncomingEmail(Duration.ofMinutes(10).toMillis(), before + EMAILS)).isTrue();
        long lastEmail = System.nanoTime() - start;
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(100))
                .until(() -> run.dispatchesIn("SENT") == EMAILS);
        long allSent = System.nanoTime() - start;

        assertThat(run.receivedBy(mail)).isEqualTo(run.eachRecipientOnce());
        System.out.printf("%nBENCHMARK letter %d to %d addresses: send call %d ms, last e-mail received %d ms, "
                + "all dispatches SENT %d ms (%.0f e-mails/s)%n%n", letter, EMAILS, millis(sendCall), millis(lastEmail),
                millis(allSent), EMAILS * 1e9 / lastEmail);
    }

    private static String[] settings() {
        String settings = System.getProperty("bench.settings", "").strip();
        return settings.isEmpty() ? new String[0] : settings.split("\\s+");
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }
}
