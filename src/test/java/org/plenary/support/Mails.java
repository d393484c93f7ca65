package org.plenary.support;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import java.io.IOException;
import java.time.Duration;

/** Reading the e-mails that GreenMail received. */
public final class Mails {

    /**
     * How long a test on the shared application waits for its e-mails: every State of the shared database is a
     * participant of every test's process, so the one outbox carries the notices of all the tests before, and at the
     * end of a full run on a busy machine a test's own e-mail can wait a minute behind them.
     */
    public static final Duration DELIVERY = Duration.ofMinutes(3);

    private Mails() {
    }

    /** The text/plain parts of an e-mail, decoded. */
    public static String plainText(Part part) {
        try {
            if (part.isMimeType("text/plain")) {
                return part.getContent().toString();
            }
            if (part.getContent() instanceof Multipart multipart) {
                StringBuilder text = new StringBuilder();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    text.append(plainText(child));
                }
                return text.toString();
            }
            return "";
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
