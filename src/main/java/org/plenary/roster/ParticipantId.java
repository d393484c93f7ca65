package org.plenary.roster;

import java.util.UUID;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.NotFoundException;
import org.springframework.modulith.NamedInterface;

/** The id of a State or organisation. */
@NamedInterface("api")
public record ParticipantId(UUID value) {

    public static ParticipantId random() {
        return new ParticipantId(UUID.randomUUID());
    }

    /** Parses an id from a URL or request; anything that is not an id is an unknown participant. */
    public static ParticipantId parse(String text) {
        try {
            return new ParticipantId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new NotFoundException("Participant", text);
        }
    }

    /** Parses an id given in a request body: one that is not an id of a participant is invalid input. */
    public static ParticipantId parseReference(String text) {
        try {
            return new ParticipantId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw InvalidInputException.of("participantId", "No participant has this id");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
