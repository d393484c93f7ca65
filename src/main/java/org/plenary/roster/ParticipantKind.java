package org.plenary.roster;

/** A participant is a State or an organisation. */
public enum ParticipantKind {
    STATE, ORGANISATION
}
