package org.plenary.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.plenary.notifications.MailComposer;
import org.plenary.notifications.MailDelivered;
import org.plenary.notifications.MailFailed;
import org.plenary.notifications.MailTemplates;
import org.plenary.notifications.OutgoingMail;
import org.plenary.notifications.Outbox;
import org.plenary.notifications.QueuedMail;
import org.plenary.shared.web.Texts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The e-mails that carry a one-time link (an invitation, a password reset), in the recipient's language, handed to
 * the outbox in the transaction that made the link. The link's secret is stored nowhere but in the queued message
 * (only its hash is kept with the link), and that message is deleted once delivered or rejected for good.
 */
@Component
class AccountMail implements MailComposer {

    static final String KIND = "account";

    private final Outbox outbox;
    private final MailTemplates templates;
    private final MessageSource messages;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final String baseUrl;

    AccountMail(Outbox outbox, MailTemplates templates, MessageSource messages, JdbcClient jdbc, Clock clock,
            @Value("${plenary.base-url}") String baseUrl) {
        this.outbox = outbox;
        this.templates = templates;
        this.messages = messages;
        this.jdbc = jdbc;
        this.clock = clock;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    /** Queues the e-mail {@code kind} ("invitation", "reset") with the link to {@code path}, sent after commit. */
    @Transactional(propagation = Propagation.MANDATORY)
    void queue(String kind, String to, String language, String path, Object... arguments) {
        Texts t = Texts.written(messages, language);
        String link = baseUrl + path;
        Object[] withLink = new Object[arguments.length + 1];
        withLink[0] = link;
        System.arraycopy(arguments, 0, withLink, 1, arguments.length);
        String body = t.get("mail." + kind + ".body", withLink);
        MailTemplates.Parts parts = templates.render("mail/account", Map.of("t", t, "body", body, "link", link));
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into account_mail (id, subject, text_body, html_body, queued_at)
                values (:id, :subject, :text, :html, :at)
                """).param("id", id).param("subject", t.get("mail." + kind + ".subject")).param("text", parts.text())
                .param("html", parts.html()).param("at", Timestamp.from(clock.instant())).update();
        outbox.queue(List.of(new QueuedMail(id, KIND, to, t.language())));
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public OutgoingMail compose(QueuedMail mail) {
        return jdbc.sql("select subject, text_body, html_body from account_mail where id = :id").param("id", mail.id())
                .query((rs, n) -> new OutgoingMail(mail.to(), mail.language(), rs.getString(1), rs.getString(2),
                        rs.getString(3), List.of()))
                .single();
    }

    @EventListener
    void on(MailDelivered event) {
        if (KIND.equals(event.kind())) {
            forget(event.ids());
        }
    }

    @EventListener
    void on(MailFailed event) {
        if (KIND.equals(event.kind()) && event.permanent()) {
            forget(List.of(event.id()));
        }
    }

    private void forget(List<UUID> ids) {
        jdbc.sql("delete from account_mail where id in (:ids)").param("ids", ids).update();
    }
}
