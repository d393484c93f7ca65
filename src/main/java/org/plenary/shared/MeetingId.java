package org.plenary.shared;

import java.util.UUID;

/** The id of a meeting: in the shared kernel, as documents and silence (which meetings uses) refer to meetings. */
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
