package org.plenary.identity;

import java.util.UUID;
import org.plenary.shared.NotFoundException;
import org.springframework.modulith.NamedInterface;

/** The id of an account. */
@NamedInterface("api")
public record AccountId(UUID value) {

    public static AccountId parse(String text) {
        try {
            return new AccountId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new NotFoundException("User", text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
