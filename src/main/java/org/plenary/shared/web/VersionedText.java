package org.plenary.shared.web;

import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * A text whose versions in the other languages of its process officers write on a form
 * ({@code /processes/{code}/{kind}/{id}/versions/{lang}}): its heading, its page, the message keys of its fields'
 * labels (the subject's, the body's, and a second text's, null when the kind has none), the languages of its
 * process, its version in a language if it has one, and how a version is written (by its module's use case).
 */
public record VersionedText(String heading, String page, String subjectLabel, String textLabel, String secondLabel,
        List<String> languages, Function<String, Optional<VersionForm.Values>> version,
        BiConsumer<String, VersionForm.Values> write) {

    /** A text with a subject and one body, labelled {@code textLabel}. */
    public VersionedText(String heading, String page, String textLabel, List<String> languages,
            Function<String, Optional<VersionForm.Values>> version, BiConsumer<String, VersionForm.Values> write) {
        this(heading, page, "versions.subject", textLabel, null, languages, version, write);
    }

    /** The texts of one kind ({@code letters}) that a module gives the form, for the officers of their process. */
    public interface Source {

        /** The path segment of the kind of text, as in its pages' addresses. */
        String kind();

        /** The text, if the signed-in person may write its versions (else NotFoundException). */
        VersionedText find(String processCode, String id);
    }
}
