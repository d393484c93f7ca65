package org.plenary.correspondence;

import java.util.List;

/** What the e-mail carrying a letter says around it, for its templates: the letter is attached as a PDF. */
public record LetterEmail(String process, String reference, String placeAndDate, String subject,
        List<Attachment> attachments) {

    /** A document attached to the letter, with a link to each of its language files. */
    public record Attachment(String label, List<Link> links) {
    }

    public record Link(String language, String url) {
    }
}
