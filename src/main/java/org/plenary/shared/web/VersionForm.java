package org.plenary.shared.web;

/**
 * The form of a text's version in one language, for every kind of text: its subject (or title), its text (a
 * letter's body, a procedure's proposal, a meeting's agenda items, a consultation's elements) and, for some kinds,
 * a second text (a consultation's questions). {@code heading} names the text, {@code back} is its page, the labels
 * are message keys; {@code secondLabel} is null when the kind has no second text.
 */
public record VersionForm(String heading, String back, String language, String subjectLabel, String textLabel,
        String secondLabel, Form<Values> form) {

    /** The form of a text with a subject and one text. */
    public VersionForm(String heading, String back, String language, String textLabel, Form<Values> form) {
        this(heading, back, language, "versions.subject", textLabel, null, form);
    }

    /** What the officer entered; {@code second} only for the kinds that have a second text. */
    public record Values(String subject, String text, String second) {

        public Values(String subject, String text) {
            this(subject, text, null);
        }
    }

    /** The form's own address: the text's page, then {@code /versions/<language>}. */
    public String action() {
        return back + "/versions/" + language;
    }
}
