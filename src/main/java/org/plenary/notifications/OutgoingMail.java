package org.plenary.notifications;

import java.util.List;

/**
 * One e-mail to one address, written in {@code language}, with a plain-text and an HTML body and attachments.
 * {@code messageId} is stable for a given dispatch, so that a resend after a crash can be recognised as the same
 * message.
 */
public record OutgoingMail(String to, String language, String subject, String text, String html,
        List<Attachment> attachments, String messageId) {

    public record Attachment(String fileName, String contentType, byte[] content) {
    }
}
