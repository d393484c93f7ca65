package org.plenary.roster;

/**
 * A participant as it stands towards a treaty on a date: its derived category and the status behind it.
 */
public record Standing(ParticipantId id, String name, ParticipantKind kind, String iso3,
        OrganisationType organisationType, TreatyStatus status, Category category) {
}
