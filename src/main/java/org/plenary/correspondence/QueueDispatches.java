package org.plenary.correspondence;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.plenary.contacts.Addresses;
import org.springframework.stereotype.Component;

/** Puts the e-mails of a letter in the outbox: one dispatch per address of each participant, delivered by a task. */
@Component
class QueueDispatches {

    private final DispatchRepository dispatches;
    private final SchedulerClient scheduler;

    QueueDispatches(DispatchRepository dispatches, SchedulerClient scheduler) {
        this.dispatches = dispatches;
        this.scheduler = scheduler;
    }

    /** The dispatches that reach every address of {@code participant}. */
    static List<DispatchRepository.NewDispatch> to(Addresses.Addressed participant) {
        return participant.addresses().stream().map(a -> new DispatchRepository.NewDispatch(UUID.randomUUID(),
                participant.standing().id().value(), a)).toList();
    }

    /** Queues them in the transaction of the caller, and their delivery tasks with them. */
    void queue(LetterId letter, List<DispatchRepository.NewDispatch> queued, Instant now) {
        dispatches.queue(letter, queued, now);
        scheduler.scheduleBatch(queued.stream().<TaskInstance<?>>map(d -> DispatchOutbox.TASK.instance(d.id().toString())
                .data(d.id().toString()).build()).toList(), now);
    }
}
