package org.plenary.correspondence;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.plenary.contacts.Addresses;
import org.plenary.notifications.Outbox;
import org.plenary.notifications.QueuedMail;
import org.springframework.stereotype.Component;

/**
 * Puts the e-mails of a letter in the outbox: one dispatch per address of each participant, handed to the outbox
 * under the dispatch's id ({@link LetterMail} writes it; {@link DispatchDeliveries} records how it went).
 */
@Component
class QueueDispatches {

    private final DispatchRepository dispatches;
    private final Outbox outbox;

    QueueDispatches(DispatchRepository dispatches, Outbox outbox) {
        this.dispatches = dispatches;
        this.outbox = outbox;
    }

    /** The dispatches that reach every address of {@code participant}. */
    static List<DispatchRepository.NewDispatch> to(Addresses.Addressed participant) {
        return participant.addresses().stream().map(a -> new DispatchRepository.NewDispatch(UUID.randomUUID(),
                participant.standing().id().value(), a)).toList();
    }

    /** Queues them in the transaction of the caller, and their e-mails with them. */
    void queue(LetterId letter, List<DispatchRepository.NewDispatch> queued, Instant now) {
        dispatches.queue(letter, queued, now);
        outbox.queue(queued.stream().map(d -> new QueuedMail(d.id(), LetterMail.KIND, d.address().email(),
                d.address().language())).toList());
    }
}
