package org.plenary.notifications;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailSendException;

/**
 * One connection to the mail server, over which the outbox sends several e-mails one after the other. A message
 * counts as sent once the server has accepted it (250 after DATA): from then on it is the server's responsibility
 * (RFC 5321, 6.1), so a connection that breaks while saying goodbye is no failure; reporting it as one would make
 * the outbox send the same e-mail again. After a refused message Jakarta Mail has reset the mail transaction (RSET)
 * and checks that the server still answers; a connection that broke is {@link #broken()} and must be replaced.
 */
final class SmtpConnection implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SmtpConnection.class);

    private final Transport transport;
    private final String server;
    private boolean broken;

    SmtpConnection(Transport transport, String server) {
        this.transport = transport;
        this.server = server;
    }

    /** Sends {@code message} to {@code to}; on failure the exception carries the server's answer. */
    void send(MimeMessage message, String to) {
        try {
            transport.sendMessage(message, message.getAllRecipients());
        } catch (MessagingException e) {
            broken = e.getNextException() instanceof IOException || !transport.isConnected();
            throw new MailSendException("The mail server " + server + " did not accept the e-mail to " + to + ": "
                    + Mailer.rootMessage(e), e);
        }
    }

    /** Whether the connection broke, so that the next e-mail needs a new one. */
    boolean broken() {
        return broken;
    }

    @Override
    public void close() {
        try {
            transport.close();
        } catch (MessagingException e) {
            log.debug("Closing the connection to {} failed after sending: {}", server, Mailer.rootMessage(e));
        }
    }
}
