package org.plenary.roster;

import org.springframework.modulith.NamedInterface;

/**
 * A participant as it stands towards a treaty on a date: its derived category and the status behind it.
 */
@NamedInterface("api")
public record Standing(ParticipantId id, String name, ParticipantKind kind, String iso3,
        OrganisationType organisationType, TreatyStatus status, Category category) {
}
