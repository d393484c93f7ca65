package org.plenary.silence;

import java.util.UUID;
import org.plenary.shared.NotFoundException;
import org.springframework.modulith.NamedInterface;

/** The id of a silence procedure. */
@NamedInterface("api")
public record SilenceProcedureId(UUID value) {

    public static SilenceProcedureId parse(String text) {
        try {
            return new SilenceProcedureId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new NotFoundException("Silence procedure", text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
