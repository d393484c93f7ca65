package org.plenary.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two transactions that change different objects, each recording its audit entry, never wait on each other: the
 * second commits while the first is still open. And the sequencer does not give the second's entry a place until
 * the first has finished, since the first's transaction id is smaller: the log's order never has to be revised.
 */
class IndependentWritersTest extends PlenaryTest {

    @Autowired
    AuditLog audit;

    @Autowired
    AuditSequencer sequencer;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aSecondWriterCommitsWhileTheFirstIsStillOpenAndIsIntegratedAfterIt() throws Exception {
        CountDownLatch firstRecorded = new CountDownLatch(1);
        CountDownLatch finishFirst = new CountDownLatch(1);
        try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
            Future<AuditEntry> first = threads.submit(() -> transactions.execute(status -> {
                AuditEntry entry = change("procedure-a");
                firstRecorded.countDown();
                hold(finishFirst);
                return entry;
            }));
            assertThat(firstRecorded.await(30, TimeUnit.SECONDS)).isTrue();

            AuditEntry second = threads.submit(() -> transactions.execute(status -> change("procedure-b")))
                    .get(30, TimeUnit.SECONDS);

            assertThat(first).isNotDone();
            assertThat(count("select count(*) from audit_entry where id = ?", second.id())).isOne();
            sequencer.integrate();
            assertThat(index(second.id())).as("not integrated before the open transaction ends").isNull();

            finishFirst.countDown();
            AuditEntry firstEntry = first.get(30, TimeUnit.SECONDS);
            await().atMost(Duration.ofSeconds(20)).until(() -> index(firstEntry.id()) != null
                    && index(second.id()) != null);
            assertThat(index(firstEntry.id())).isLessThan(index(second.id()));
        } finally {
            finishFirst.countDown();
        }
    }

    private AuditEntry change(String object) {
        return audit.record(AuditRecord.created("test.object.changed", "test-object", object + "-" + UUID.randomUUID(),
                null, null));
    }

    private Long index(long id) {
        return jdbc.sql("select idx from audit_entry where id = ?").param(id).query(Long.class).optional().orElse(null);
    }

    private static void hold(CountDownLatch latch) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The test never let the first transaction finish");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
