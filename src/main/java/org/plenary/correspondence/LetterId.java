package org.plenary.correspondence;

import java.util.UUID;
import org.plenary.shared.NotFoundException;

/** The id of a letter. */
public record LetterId(UUID value) {

    public static LetterId parse(String text) {
        try {
            return new LetterId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new NotFoundException("Letter", text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
