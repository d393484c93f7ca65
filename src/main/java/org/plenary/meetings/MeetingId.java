package org.plenary.meetings;

import java.util.UUID;
import org.plenary.shared.NotFoundException;
import org.springframework.modulith.NamedInterface;

/** The id of a meeting. */
@NamedInterface("api")
public record MeetingId(UUID value) {

    public static MeetingId parse(String text) {
        try {
            return new MeetingId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new NotFoundException("Meeting", text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
