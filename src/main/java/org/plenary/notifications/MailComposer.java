package org.plenary.notifications;

import java.util.List;
import org.springframework.modulith.NamedInterface;

/**
 * Writes the e-mails of one kind, for the outbox that delivers them: a module that queues mail of a kind provides
 * its composer, and hears how each went from {@link MailDelivered} and {@link MailFailed}.
 */
@NamedInterface("api")
public interface MailComposer {

    /** The kind of e-mail it writes, as queued in {@link QueuedMail#kind()}. */
    String kind();

    OutgoingMail compose(QueuedMail mail);

    /**
     * The e-mails of a batch of this kind, in its order, for the outbox that delivers them in batches: a composer
     * whose e-mails share what they say (a letter to hundreds of addresses) reads and writes that once. If it
     * fails, the outbox writes each e-mail of the batch on its own, so that one bad e-mail fails alone.
     */
    default List<OutgoingMail> compose(List<QueuedMail> mails) {
        return mails.stream().map(this::compose).toList();
    }
}
