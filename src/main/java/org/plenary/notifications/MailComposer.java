package org.plenary.notifications;

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
}
