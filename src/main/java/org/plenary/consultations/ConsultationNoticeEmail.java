package org.plenary.consultations;

/**
 * What an e-mail about a consultation says, for its templates ({@code mail/consultation-notice}): {@code kind} is
 * {@code opened}, {@code extended} or {@code closed_early}; the times already written in the recipient's language,
 * in the process's time zone and in UTC; the officers' {@code reason} for closing early, or null.
 */
public record ConsultationNoticeEmail(String kind, String processTitle, String title, String opens, String closes,
        String reason, String link) {
}
