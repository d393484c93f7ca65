package org.plenary.correspondence;

import java.util.List;

/**
 * What the e-mail carrying a letter says around it, for its templates: the letter is attached as a PDF;
 * {@code languagesLine} says in which languages the letter exists when the reader does not get their own.
 */
public record LetterEmail(String processTitle, String reference, String placeAndDate, String subject,
        String languagesLine, List<Attachment> attachments) {

    /** A document attached to the letter, with a link to each of its language files. */
    public record Attachment(String label, List<Link> links) {
    }

    public record Link(String language, String url) {
    }
}
