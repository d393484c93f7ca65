package org.plenary.correspondence;

import org.plenary.notifications.MailDelivered;
import org.plenary.notifications.MailFailed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records on each dispatch of a letter what the outbox reports about its e-mail, in the outbox's transaction: a
 * dispatch is SENT exactly when its e-mail was accepted. Hearing the same report twice changes nothing more.
 */
@Component
class DispatchDeliveries {

    private final DispatchRepository dispatches;

    DispatchDeliveries(DispatchRepository dispatches) {
        this.dispatches = dispatches;
    }

    @EventListener
    void on(MailDelivered event) {
        if (LetterMail.KIND.equals(event.kind())) {
            dispatches.markSent(event.ids(), event.at());
        }
    }

    @EventListener
    void on(MailFailed event) {
        if (LetterMail.KIND.equals(event.kind())) {
            dispatches.markFailed(event.id(), event.reason(), event.at());
        }
    }
}
