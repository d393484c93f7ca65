package org.plenary.silence;

/**
 * What a process publishes of the objections to its silence procedures: the name of the objecting State and the
 * text, the text without the name, or nothing. Delegations always see who objected; the public page and the
 * outcome letter follow this choice. By default objections are not published.
 */
public enum ObjectionsPublication {
    NAMED, WITHOUT_NAMES, NOT_PUBLISHED;

    public static final ObjectionsPublication DEFAULT = NOT_PUBLISHED;

    /** Whether the objecting State is named in the outcome letter. */
    public boolean namesInLetters() {
        return this != WITHOUT_NAMES;
    }
}
