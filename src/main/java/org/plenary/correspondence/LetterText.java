package org.plenary.correspondence;

/**
 * What a letter says in one language: its subject, its body (Markdown) and the signatory's title (null in a version
 * that gives none: the original's is used).
 */
public record LetterText(String subject, String body, String signatoryTitle) {

    static LetterText of(Letter letter) {
        return new LetterText(letter.subject(), letter.body(), letter.signatoryTitle());
    }

    /** The signatory's title in this text: its own, else the one of the {@code letter}'s original. */
    public String signedAs(Letter letter) {
        return signatoryTitle == null ? letter.signatoryTitle() : signatoryTitle;
    }
}
