package org.plenary.notifications;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.util.Optional;
import java.util.Properties;
import org.plenary.audit.TreeHead;
import org.plenary.audit.LatestTreeHead;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;

/**
 * Sends e-mail over SMTP, when a server is configured. A message counts as sent once the server has
 * accepted it (250 after DATA): from then on it is the server's responsibility (RFC 5321, 6.1), so a
 * connection that breaks while saying goodbye is no failure; reporting it as one would make the outbox
 * send the same e-mail again.
 */
@Service
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);
    /** Every e-mail carries the latest signed tree head of the audit log, so that tree heads leave the database. */
    static final String TREE_HEAD = "X-Plenary-Tree-Head";

    private final MailProperties properties;
    private final JavaMailSenderImpl sender;
    private final LatestTreeHead treeHeads;

    Mailer(MailProperties properties, LatestTreeHead treeHeads) {
        this.properties = properties;
        this.treeHeads = treeHeads;
        this.sender = properties.configured() ? sender(properties) : null;
    }

    /** Whether a mail server is configured; without one, mail waits in the outbox. */
    public boolean configured() {
        return sender != null;
    }

    public void send(OutgoingMail mail) throws MailException {
        if (sender == null) {
            throw new MailPreparationException("No mail server is configured (PLENARY_SMTP_HOST)");
        }
        MimeMessage message = message(mail);
        String server = properties.host() + ":" + properties.port();
        Transport transport;
        try {
            transport = sender.getSession().getTransport("smtp");
            transport.connect(properties.host(), properties.port(), sender.getUsername(), sender.getPassword());
        } catch (MessagingException e) {
            throw new MailSendException("Cannot connect to the mail server " + server + ": " + rootMessage(e), e);
        }
        try {
            transport.sendMessage(message, message.getAllRecipients());
        } catch (MessagingException e) {
            throw new MailSendException("The mail server " + server + " did not accept the e-mail to " + mail.to()
                    + ": " + rootMessage(e), e);
        } finally {
            closeAfterSending(transport, server);
        }
    }

    private MimeMessage message(OutgoingMail mail) {
        MimeMessage message = new MimeMessage(sender.getSession()) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", mail.messageId());
            }
        };
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(properties.from());
            helper.setTo(mail.to());
            helper.setSubject(mail.subject());
            helper.setText(mail.text(), mail.html());
            for (OutgoingMail.Attachment a : mail.attachments()) {
                helper.addAttachment(a.fileName(), new ByteArrayResource(a.content()), a.contentType());
            }
            message.setHeader("Content-Language", mail.language());
            message.setHeader("Auto-Submitted", "auto-generated");
            Optional<TreeHead> head = treeHeads.latest();
            if (head.isPresent()) {
                message.setHeader(TREE_HEAD, MimeUtility.fold(TREE_HEAD.length() + 2, head.get().header()));
            }
            message.saveChanges();
        } catch (MessagingException e) {
            throw new MailPreparationException("Cannot prepare the message to " + mail.to(), e);
        }
        return message;
    }

    private static void closeAfterSending(Transport transport, String server) {
        try {
            transport.close();
        } catch (MessagingException e) {
            log.debug("Closing the connection to {} failed after sending: {}", server, rootMessage(e));
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null || message.isBlank() ? root.getClass().getSimpleName() : message.strip();
    }

    private static JavaMailSenderImpl sender(MailProperties p) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(p.host());
        sender.setPort(p.port());
        if (p.user() != null && !p.user().isBlank()) {
            sender.setUsername(p.user());
            sender.setPassword(p.password());
        }
        Properties javaMail = sender.getJavaMailProperties();
        String millis = String.valueOf(p.timeout().toMillis());
        javaMail.put("mail.smtp.connectiontimeout", millis);
        javaMail.put("mail.smtp.timeout", millis);
        javaMail.put("mail.smtp.writetimeout", millis);
        javaMail.put("mail.smtp.auth", String.valueOf(p.user() != null && !p.user().isBlank()));
        return sender;
    }
}
