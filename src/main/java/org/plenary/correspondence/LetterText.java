package org.plenary.correspondence;

/** What a letter says in one language: its subject and its body (Markdown). */
public record LetterText(String subject, String body) {

    static LetterText of(Letter letter) {
        return new LetterText(letter.subject(), letter.body());
    }
}
