package org.plenary.silence;

import java.util.List;

/**
 * What an e-mail about a silence procedure says, for its templates ({@code mail/silence-notice}): {@code kind} is
 * the notice ({@code circulation}, {@code reminder}, {@code adopted}, {@code broken}, {@code withdrawn}), the dates
 * already written in the recipient's language, in the process's time zone and in UTC; the subject and proposal
 * in {@code language}, the procedure's version in the recipient's language where it has one, else its original.
 */
public record SilenceNoticeEmail(String kind, String processTitle, String reference, String language, String subject,
        String proposal, String languagesLine, String deadline, String concluded, String withdrawalReason, String link,
        List<Document> documents) {

    /** A document of the procedure that delegations may read, with a link to each of its language files. */
    public record Document(String label, List<Link> links) {
    }

    public record Link(String language, String url) {
    }

    /** Whether the notice still asks for answers (circulation, reminder) rather than telling how it ended. */
    public boolean open() {
        return kind.equals("circulation") || kind.equals("reminder");
    }
}
