package org.plenary.roster;

import org.springframework.modulith.NamedInterface;

/** A participant is a State or an organisation. */
@NamedInterface("api")
public enum ParticipantKind {
    STATE, ORGANISATION
}
