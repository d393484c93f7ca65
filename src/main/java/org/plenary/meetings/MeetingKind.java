package org.plenary.meetings;

/** What kind of meeting it is. */
public enum MeetingKind {
    PREPARATORY_MEETING, INFORMAL_BRIEFING, CONFERENCE_SESSION, MEETING_OF_STATES_PARTIES, COORDINATION_COMMITTEE,
    OTHER
}
