package org.plenary.meetings;

/**
 * What an e-mail about a meeting says, for its templates ({@code mail/meeting-notice}): {@code kind} is
 * {@code convened}, {@code moved}, {@code postponed} or {@code cancelled}; the times already written in the
 * recipient's language, in the process's time zone and in UTC; the {@code reason} of a move or postponement, or null.
 */
public record MeetingNoticeEmail(String kind, String processTitle, String title, String start, String end, String venue,
        String link, String reason) {
}
