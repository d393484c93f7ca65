package org.plenary.notifications;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceCurrentlyExecutingException;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.context.annotation.Lazy;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one e-mail outbox: modules hand it e-mails in the transaction of the change that causes them; each is a row
 * and a db-scheduler task instance (same id), delivered after commit by exactly one instance of the application,
 * retried with backoff on a temporary failure, failed at once on a permanent rejection, kept across restarts.
 * The scheduler is looked up lazily: its tasks need the modules that queue mail.
 */
@NamedInterface("api")
@Service
public class Outbox {

    private final OutboxRepository rows;
    private final SchedulerClient scheduler;
    private final Clock clock;

    Outbox(OutboxRepository rows, @Lazy SchedulerClient scheduler, Clock clock) {
        this.rows = rows;
        this.scheduler = scheduler;
        this.clock = clock;
    }

    /** Queues the e-mails in the caller's transaction; they leave once it commits. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void queue(List<QueuedMail> mails) {
        if (mails.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        rows.insert(mails, now);
        scheduler.scheduleBatch(mails.stream().<TaskInstance<?>>map(m -> task(m.id())).toList(), now);
    }

    /**
     * Queues a failed e-mail again, its attempts counted from zero, in the caller's transaction (rescheduled now if
     * a retry is pending, scheduled anew if the outbox gave up); false if it has not failed or is being delivered at
     * this moment (that attempt then records how it went).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean resend(UUID id) {
        Instant now = clock.instant();
        if (!rows.requeue(id, now)) {
            return false;
        }
        TaskInstance<String> task = task(id);
        try {
            return scheduler.scheduleIfNotExists(task, now) || scheduler.reschedule(task, now);
        } catch (TaskInstanceCurrentlyExecutingException e) {
            return false;
        }
    }

    private static TaskInstance<String> task(UUID id) {
        return OutboxTask.TASK.instance(id.toString()).data(id.toString()).build();
    }
}
