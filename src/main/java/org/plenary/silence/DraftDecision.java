package org.plenary.silence;

import java.time.Instant;
import java.util.UUID;

/**
 * One draft decision of a silence procedure: its place in the procedure, its symbol (if any), title and text in
 * the procedure's original language, and its outcome. A procedure drafted with a proposal alone has one draft,
 * titled by its subject. {@code extension} is the deadline it extends once adopted, if any, and
 * {@code effectResult} what became of it, as the roster answered once it was adopted.
 */
public record DraftDecision(UUID id, SilenceProcedureId procedure, int position, String symbol, String title,
        String text, DraftStatus status, Instant concludedAt, DeadlineExtension extension, String effectResult) {

    /** The longest symbol of a draft, in characters. */
    public static final int MAX_SYMBOL = 100;

    /** The most drafts one procedure carries. */
    public static final int MAX_DRAFTS = 40;

    /** How the draft is named to readers: its symbol when it has one, else its number within the procedure. */
    public String label() {
        return symbol != null ? symbol : "Draft " + position;
    }
}
