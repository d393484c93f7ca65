package org.plenary.roster;

import org.springframework.modulith.NamedInterface;

/**
 * What a participant is in a process on a given date, derived from its kind and treaty status, never
 * stored. The order of the constants is the order of precedence (States Parties speak first).
 */
@NamedInterface("api")
public enum Category {
    STATE_PARTY, SIGNATORY_STATE, OBSERVER_STATE, OBSERVER_ORGANISATION;

    public static Category of(ParticipantKind kind, TreatyStatus status) {
        if (kind == ParticipantKind.ORGANISATION) {
            return OBSERVER_ORGANISATION;
        }
        return switch (status == null ? TreatyStatus.NONE : status) {
            case STATE_PARTY -> STATE_PARTY;
            case SIGNATORY -> SIGNATORY_STATE;
            case NONE -> OBSERVER_STATE;
        };
    }
}
