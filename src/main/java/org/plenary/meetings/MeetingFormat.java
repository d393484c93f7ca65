package org.plenary.meetings;

import org.springframework.modulith.NamedInterface;

/** Where delegates take part: in the room, online, or both. */
@NamedInterface("api")
public enum MeetingFormat {
    IN_PERSON, VIRTUAL, HYBRID
}
