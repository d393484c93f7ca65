package org.plenary.notifications;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.activation.DataHandler;
import jakarta.activation.FileTypeMap;
import jakarta.mail.Part;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.internet.PreencodedMimeBodyPart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.plenary.audit.LatestTreeHead;
import org.plenary.audit.TreeHead;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;

/**
 * Sends e-mail over SMTP through Spring Boot's mail sender ({@code spring.mail.*}: host, port, protocol
 * {@code smtp} or {@code smtps}, user, password, STARTTLS and timeouts in {@code spring.mail.properties.*}), when
 * a server is configured: prepares each message (its Message-ID the outbox id at the domain of the sender address)
 * and opens the {@link SmtpConnection} that sends it.
 */
@NamedInterface("api")
@Service
public class Mailer {

    /** Every e-mail carries the latest signed tree head of the audit log, so that tree heads leave the database. */
    static final String TREE_HEAD = "X-Plenary-Tree-Head";
    private static final Base64.Encoder MIME_BASE64 = Base64.getMimeEncoder();

    static {
        // Jakarta Mail (API 2.1) looks up its stream provider for every body part it creates or writes, through the
        // ServiceLoader, which reads every jar of the class path unless the provider is named in this property: a
        // quarter of the CPU of sending an e-mail (and of GreenMail's receiving it) went there (docs/performance.md).
        System.getProperties().putIfAbsent("jakarta.mail.util.StreamProvider",
                "org.eclipse.angus.mail.util.MailStreamProvider");
    }

    private final JavaMailSenderImpl sender;
    private final String from;
    private final String domain;
    private final LatestTreeHead treeHeads;
    /** Attachments' contents as Base64, kept while an e-mail carrying them is being written (keys by identity). */
    private final Cache<byte[], byte[]> encoded = Caffeine.newBuilder().weakKeys().maximumSize(64).build();

    Mailer(ObjectProvider<JavaMailSenderImpl> sender, MailProperties properties,
            @Value("${plenary.base-url}") String baseUrl, LatestTreeHead treeHeads) {
        JavaMailSenderImpl configured = sender.getIfAvailable();
        this.sender = configured == null || configured.getHost() == null || configured.getHost().isBlank()
                ? null : configured;
        if (this.sender != null) {
            this.sender.getJavaMailProperties().putIfAbsent("mail." + protocol(this.sender) + ".socketFactory",
                    new NoDelaySockets());
        }
        this.from = properties.sender(baseUrl);
        this.domain = from.substring(from.lastIndexOf('@') + 1).replaceAll("[<>\\s]", "");
        this.treeHeads = treeHeads;
    }

    /** Whether a mail server is configured; without one, mail waits in the outbox. */
    public boolean configured() {
        return sender != null;
    }

    /** Opens a connection to the mail server, over which several e-mails may be sent. */
    SmtpConnection connect() throws MailException {
        if (sender == null) {
            throw new MailPreparationException("No mail server is configured (PLENARY_SMTP_HOST)");
        }
        String server = sender.getHost() + ":" + sender.getPort();
        try {
            Transport transport = sender.getSession().getTransport(protocol(sender));
            transport.connect(sender.getHost(), sender.getPort(), given(sender.getUsername()),
                    given(sender.getPassword()));
            return new SmtpConnection(transport, server);
        } catch (MessagingException e) {
            throw new MailSendException("Cannot connect to the mail server " + server + ": " + rootMessage(e), e);
        }
    }

    /** The latest signed tree head of the audit log, which every e-mail carries: read once for a batch of them. */
    Optional<TreeHead> latestTreeHead() {
        return treeHeads.latest();
    }

    /** The message of {@code mail}, ready to send, with the Message-ID of {@code id} and the tree head {@code head}. */
    MimeMessage message(UUID id, OutgoingMail mail, Optional<TreeHead> head) throws MailException {
        if (sender == null) {
            throw new MailPreparationException("No mail server is configured (PLENARY_SMTP_HOST)");
        }
        return message(mail, messageId(id), head);
    }

    /** The Message-ID of the e-mail {@code id}: the same on every attempt, so that a copy can be recognised. */
    String messageId(UUID id) {
        return "<" + id + "@" + domain + ">";
    }

    private MimeMessage message(OutgoingMail mail, String messageId, Optional<TreeHead> head) {
        MimeMessage message = new MimeMessage(sender.getSession()) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8") {
                /** The sender's map of file types, read once: a new helper would read mime.types from the jars. */
                @Override
                protected FileTypeMap getDefaultFileTypeMap(MimeMessage mimeMessage) {
                    return sender.getDefaultFileTypeMap();
                }
            };
            helper.setFrom(from);
            helper.setTo(mail.to());
            helper.setSubject(mail.subject());
            helper.setText(mail.text(), mail.html());
            for (OutgoingMail.Attachment a : mail.attachments()) {
                helper.getRootMimeMultipart().addBodyPart(attachment(a));
            }
            message.setHeader("Content-Language", mail.language());
            message.setHeader("Auto-Submitted", "auto-generated");
            if (head.isPresent()) {
                message.setHeader(TREE_HEAD, MimeUtility.fold(TREE_HEAD.length() + 2, head.get().header()));
            }
            message.saveChanges();
        } catch (MessagingException e) {
            throw new MailPreparationException("Cannot prepare the message to " + mail.to(), e);
        }
        return message;
    }

    /**
     * The part of an attachment, Base64-encoded once for all the e-mails that carry the same content (an e-mail
     * written once for many recipients shares its attachments): encoding a PDF for every message cost as much as
     * the rest of writing it.
     */
    private MimeBodyPart attachment(OutgoingMail.Attachment a) throws MessagingException {
        byte[] base64 = encoded.get(a.content(), MIME_BASE64::encode);
        MimeBodyPart part = new PreencodedMimeBodyPart("base64");
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(base64, a.contentType())));
        part.setDisposition(Part.ATTACHMENT);
        try {
            part.setFileName(MimeUtility.encodeText(a.fileName(), "UTF-8", null));
        } catch (UnsupportedEncodingException e) {
            throw new MessagingException("Cannot encode the file name " + a.fileName(), e);
        }
        return part;
    }

    /** {@code smtp} (plain, or upgraded by STARTTLS) or {@code smtps} (TLS from the start). */
    private static String protocol(JavaMailSenderImpl sender) {
        return sender.getProtocol() == null ? "smtp" : sender.getProtocol();
    }

    /** A user name or password, unless left empty: without one, no authentication is attempted. */
    private static String given(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null || message.isBlank() ? root.getClass().getSimpleName() : message.strip();
    }
}
