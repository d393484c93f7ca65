package org.plenary.documents;

import java.util.UUID;
import org.plenary.shared.NotFoundException;
import org.springframework.modulith.NamedInterface;

/** The id of a document (one symbol, all its language versions). */
@NamedInterface("api")
public record DocumentId(UUID value) {

    public static DocumentId parse(String text) {
        try {
            return new DocumentId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new NotFoundException("Document", text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
