package org.plenary.silence;

import org.plenary.notifications.MailDelivered;
import org.plenary.notifications.MailFailed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Records on each notice of a procedure what the outbox reports about its e-mail, in the outbox's transaction. */
@Component
class NoticeDeliveries {

    private final SilenceNotices notices;

    NoticeDeliveries(SilenceNotices notices) {
        this.notices = notices;
    }

    @EventListener
    void on(MailDelivered event) {
        if (NoticeMail.KIND.equals(event.kind())) {
            notices.markSent(event.ids(), event.at());
        }
    }

    @EventListener
    void on(MailFailed event) {
        if (NoticeMail.KIND.equals(event.kind())) {
            notices.markFailed(event.id(), event.reason(), event.at());
        }
    }
}
