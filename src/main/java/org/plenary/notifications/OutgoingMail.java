package org.plenary.notifications;

import java.util.List;
import org.springframework.modulith.NamedInterface;

/** One e-mail to one address, written in {@code language}, with a plain-text and an HTML body and attachments. */
@NamedInterface("api")
public record OutgoingMail(String to, String language, String subject, String text, String html,
        List<Attachment> attachments) {

    /** The same e-mail to {@code address}: an e-mail written once for many recipients. */
    public OutgoingMail to(String address) {
        return new OutgoingMail(address, language, subject, text, html, attachments);
    }

    @NamedInterface("api")
    public record Attachment(String fileName, String contentType, byte[] content) {
    }
}
