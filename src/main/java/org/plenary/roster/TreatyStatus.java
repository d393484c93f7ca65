package org.plenary.roster;

import org.springframework.modulith.NamedInterface;

/** A State's standing towards a treaty from a given date on. */
@NamedInterface("api")
public enum TreatyStatus {
    STATE_PARTY, SIGNATORY, NONE
}
