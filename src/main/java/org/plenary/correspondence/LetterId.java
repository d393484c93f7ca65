package org.plenary.correspondence;

import java.util.UUID;
import org.plenary.shared.NotFoundException;
import org.springframework.modulith.NamedInterface;

/** The id of a letter. */
@NamedInterface("api")
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
