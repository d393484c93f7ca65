package org.plenary.meetings.web;

import org.plenary.shared.web.Texts;

/** How the console answers an action: the fragment it changed, and what the status region says. */
public final class ConsoleAnswer {

    /**
     * The part of the console an action changes: the whole item (taking one up), the floor (with the lists, since
     * the delegation heard leaves them), the lists, or the reorder form (with the lists).
     */
    public enum Part {
        ITEM, FLOOR, LIST, REORDER
    }

    /** The status said after an action succeeded, in the reader's words. */
    @FunctionalInterface
    public interface Status {
        String of(Texts t, ConsoleView console);
    }

    private ConsoleAnswer() {
    }
}
