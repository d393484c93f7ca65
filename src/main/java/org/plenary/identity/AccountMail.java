package org.plenary.identity;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.plenary.notifications.Mailer;
import org.plenary.notifications.OutgoingMail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.util.HtmlUtils;

/**
 * The e-mails that carry a one-time link (an invitation, a password reset), in the recipient's language. They are
 * sent once the transaction that made the link has committed, on another thread: the link's secret then never
 * waits in a database table (only its hash is stored), and the request answers in the same time whether or not an
 * e-mail goes out. A message lost because the mail server is down is asked for again (a new reset, a new invitation).
 */
@Component
class AccountMail {

    private static final Logger log = LoggerFactory.getLogger(AccountMail.class);

    private final Mailer mailer;
    private final MessageSource messages;
    private final TaskExecutor executor;
    private final String baseUrl;

    AccountMail(Mailer mailer, MessageSource messages, @Qualifier("applicationTaskExecutor") TaskExecutor executor,
            @Value("${plenary.base-url}") String baseUrl) {
        this.mailer = mailer;
        this.messages = messages;
        this.executor = executor;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    /** Sends, after commit, the e-mail {@code kind} ("invitation", "reset") with the link to {@code path}. */
    void sendAfterCommit(String kind, String to, String language, String path, Object... arguments) {
        Locale locale = Locale.forLanguageTag(language);
        String link = baseUrl + path;
        Object[] withLink = new Object[arguments.length + 1];
        withLink[0] = link;
        System.arraycopy(arguments, 0, withLink, 1, arguments.length);
        String subject = messages.getMessage("mail." + kind + ".subject", null, locale);
        String text = messages.getMessage("mail." + kind + ".body", withLink, locale);
        String html = "<div lang=\"" + HtmlUtils.htmlEscape(locale.getLanguage()) + "\">"
                + HtmlUtils.htmlEscape(text).replace(HtmlUtils.htmlEscape(link),
                        "<a href=\"" + HtmlUtils.htmlEscape(link) + "\">" + HtmlUtils.htmlEscape(link) + "</a>")
                        .replace("\n", "<br>") + "</div>";
        OutgoingMail mail = new OutgoingMail(to, locale.getLanguage(), subject, text, html, List.of());
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                executor.execute(() -> send(mail, kind));
            }
        });
    }

    private void send(OutgoingMail mail, String kind) {
        if (!mailer.configured()) {
            log.warn("No mail server is configured (PLENARY_SMTP_HOST): the {} e-mail was not sent", kind);
            return;
        }
        try {
            mailer.send(UUID.randomUUID(), mail);
        } catch (RuntimeException e) {
            log.warn("The {} e-mail could not be sent: {}", kind, e.getMessage());
        }
    }
}
