package org.plenary.audit;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

/** An integration that fails, even with an error such as running out of memory, does not stop the next ones. */
class SequencerKeepsGoingTest {

    @Test
    void anErrorInOneIntegrationLeavesTheNextOnesToRun() {
        AtomicInteger attempts = new AtomicInteger();
        TransactionTemplate failing = new TransactionTemplate() {
            @Override
            public <T> T execute(TransactionCallback<T> action) {
                attempts.incrementAndGet();
                throw new OutOfMemoryError("Java heap space (thrown by the test)");
            }
        };
        AuditSequencer sequencer = new AuditSequencer(null, null, failing, null, null,
                new AuditProperties(null, Duration.ofMillis(20)));

        sequencer.start();
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> attempts.get() >= 3);
        } finally {
            sequencer.stop();
        }
    }
}
