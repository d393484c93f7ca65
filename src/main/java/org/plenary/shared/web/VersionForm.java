package org.plenary.shared.web;

/**
 * The form of a text's version in one language, for every kind of text: its subject (or title), and its text
 * (a letter's body, a procedure's proposal). {@code heading} names the text, {@code back} is its page,
 * {@code textLabel} the message key of the text's label.
 */
public record VersionForm(String heading, String back, String language, String textLabel, Form<Values> form) {

    /** What the officer entered. */
    public record Values(String subject, String text) {
    }

    /** The form's own address: the text's page, then {@code /versions/<language>}. */
    public String action() {
        return back + "/versions/" + language;
    }
}
