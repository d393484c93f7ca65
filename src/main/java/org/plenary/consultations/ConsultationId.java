package org.plenary.consultations;

import java.util.UUID;
import org.plenary.shared.NotFoundException;
import org.springframework.modulith.NamedInterface;

/** The id of a consultation. */
@NamedInterface("api")
public record ConsultationId(UUID value) {

    public static ConsultationId parse(String text) {
        try {
            return new ConsultationId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new NotFoundException("Consultation", text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
