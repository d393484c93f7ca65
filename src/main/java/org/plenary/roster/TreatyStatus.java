package org.plenary.roster;

/** A State's standing towards a treaty from a given date on. */
public enum TreatyStatus {
    STATE_PARTY, SIGNATORY, NONE
}
