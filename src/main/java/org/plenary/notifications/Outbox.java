package org.plenary.notifications;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one e-mail outbox: modules hand it e-mails in the transaction of the change that causes them; each is a row,
 * delivered once that transaction commits by exactly one instance of the application ({@link OutboxWorkers}),
 * retried with backoff on a temporary failure, failed at once on a permanent rejection, kept across restarts.
 */
@NamedInterface("api")
@Service
public class Outbox {

    private final OutboxRepository rows;
    private final DeliverySignal signal;
    private final Clock clock;

    Outbox(OutboxRepository rows, DeliverySignal signal, Clock clock) {
        this.rows = rows;
        this.signal = signal;
        this.clock = clock;
    }

    /** Queues the e-mails in the caller's transaction; they leave once it commits. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void queue(List<QueuedMail> mails) {
        if (mails.isEmpty()) {
            return;
        }
        rows.insert(mails, clock.instant());
        deliverAfterCommit();
    }

    /**
     * Queues a failed e-mail again, its attempts counted from zero, in the caller's transaction (whether a retry was
     * pending or the outbox had given up); false if it has not failed or is being delivered at this moment (that
     * attempt then records how it went).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean resend(UUID id) {
        Instant now = clock.instant();
        if (!rows.requeue(id, now)) {
            return false;
        }
        deliverAfterCommit();
        return true;
    }

    private void deliverAfterCommit() {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                signal.wake();
            }
        });
    }
}
