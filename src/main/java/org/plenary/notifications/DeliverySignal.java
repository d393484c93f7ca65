package org.plenary.notifications;

import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Wakes this instance's outbox deliveries when there is mail for them: after the commit of a transaction that
 * queued e-mails, so that they leave at once instead of at the next look at the outbox. A wake-up given while a
 * delivery was busy is not lost: it looks again before waiting.
 */
@Component
class DeliverySignal {

    private long wakeUps;

    synchronized void wake() {
        wakeUps++;
        notifyAll();
    }

    /** The wake-ups so far, to be given to {@link #await} after looking for mail. */
    synchronized long seen() {
        return wakeUps;
    }

    /** Waits until woken after {@code seen} wake-ups, at most {@code timeout}. */
    synchronized void await(long seen, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        for (long left = timeout.toNanos(); wakeUps == seen && left > 0; left = end - System.nanoTime()) {
            wait(Math.max(1, left / 1_000_000));
        }
    }
}
