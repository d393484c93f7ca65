package org.plenary.notifications;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;

/** Sends e-mail over SMTP, when a server is configured. */
@Service
public class Mailer {

    private final MailProperties properties;
    private final JavaMailSenderImpl sender;

    Mailer(MailProperties properties) {
        this.properties = properties;
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
        } catch (MessagingException e) {
            throw new MailPreparationException("Cannot prepare the message to " + mail.to(), e);
        }
        sender.send(message);
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
