package org.plenary.meetings;

/** The agenda is provisional until the meeting adopts it, as it stands or as orally amended. */
public enum AgendaStatus {
    PROVISIONAL, ADOPTED, ADOPTED_AS_ORALLY_AMENDED
}
