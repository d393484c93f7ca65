package org.plenary.meetings;

/** Where delegates take part: in the room, online, or both. */
public enum MeetingFormat {
    IN_PERSON, VIRTUAL, HYBRID
}
