package org.plenary.correspondence;

import java.util.List;

/**
 * A letter ready to print: every text formatted in the letter's language. {@code bodyHtml} comes from
 * Markdown with raw HTML escaped, so it is safe to insert as it is.
 */
public record LetterView(String language, String title, String processTitle, String reference, String placeAndDate,
        List<String> addressees, String subject, String bodyHtml, String signatory, String signatoryTitle,
        String attachmentsHeading, List<String> attachments, String referencesHeading, List<String> references,
        String stylesheet, boolean draft, String draftMark) {
}
