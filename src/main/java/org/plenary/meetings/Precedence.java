package org.plenary.meetings;

import java.util.Comparator;
import org.plenary.roster.Category;

/**
 * The order of a speakers' list: States Parties, then signatory and other (observer) States, then
 * organisations; within each, by time of request.
 */
final class Precedence {

    public static final Comparator<Speaker> ORDER = Comparator.comparingInt((Speaker s) -> rank(s.category()))
            .thenComparing(Speaker::requestedAt)
            .thenComparing(Speaker::participantName);

    private Precedence() {
    }

    static int rank(Category category) {
        return switch (category) {
            case STATE_PARTY -> 0;
            case SIGNATORY_STATE, OBSERVER_STATE -> 1;
            case OBSERVER_ORGANISATION -> 2;
        };
    }
}
