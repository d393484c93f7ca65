package org.plenary.notifications;

import java.util.List;

/** One e-mail to one address, written in {@code language}, with a plain-text and an HTML body and attachments. */
public record OutgoingMail(String to, String language, String subject, String text, String html,
        List<Attachment> attachments) {

    public record Attachment(String fileName, String contentType, byte[] content) {
    }
}
