package org.plenary.contacts;

import java.util.UUID;
import org.plenary.shared.NotFoundException;

/** The id of a contact. */
public record ContactId(UUID value) {

    /** Parses an id from a URL; anything that is not an id is an unknown contact. */
    public static ContactId parse(String text) {
        try {
            return new ContactId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new NotFoundException("Contact", text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
