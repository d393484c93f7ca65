package org.plenary.meetings;

/** What kind of meeting it is, with the abbreviation that starts its readable key ({@code PM.2}). */
public enum MeetingKind {
    PREPARATORY_MEETING("PM"), INFORMAL_BRIEFING("IB"), CONFERENCE_SESSION("CS"), MEETING_OF_STATES_PARTIES("MSP"),
    COORDINATION_COMMITTEE("CC"), OTHER("M");

    private final String abbreviation;

    MeetingKind(String abbreviation) {
        this.abbreviation = abbreviation;
    }

    public String abbreviation() {
        return abbreviation;
    }
}
