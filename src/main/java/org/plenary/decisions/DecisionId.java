package org.plenary.decisions;

import java.util.UUID;
import org.plenary.shared.NotFoundException;

/** The id of a decision in the register. */
public record DecisionId(UUID value) {

    public static DecisionId parse(String text) {
        try {
            return new DecisionId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new NotFoundException("Decision", text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
