package org.plenary.consultations;

import java.sql.Timestamp;
import java.util.List;
import org.plenary.notifications.MailComposer;
import org.plenary.notifications.MailDelivered;
import org.plenary.notifications.OutgoingMail;
import org.plenary.notifications.QueuedMail;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The e-mails of consultation notices, as queued (their text is written when the consultation changes), and the
 * record of their delivery, which the outbox reports in its transaction.
 */
@Component
class ConsultationNoticeMail implements MailComposer {

    static final String KIND = "consultation-notice";

    private final JdbcClient jdbc;

    ConsultationNoticeMail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public OutgoingMail compose(QueuedMail mail) {
        return jdbc.sql("select subject, body from consultation_notice where id = :id").param("id", mail.id())
                .query((rs, n) -> new OutgoingMail(mail.to(), mail.language(), rs.getString(1), rs.getString(2),
                        "<pre>" + HtmlUtils.htmlEscape(rs.getString(2)) + "</pre>", List.of()))
                .single();
    }

    @EventListener
    void on(MailDelivered event) {
        if (KIND.equals(event.kind())) {
            jdbc.sql("update consultation_notice set sent_at = :at where id = :id and sent_at is null")
                    .param("at", Timestamp.from(event.at())).param("id", event.id()).update();
        }
    }
}
