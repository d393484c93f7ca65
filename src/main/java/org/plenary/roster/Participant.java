package org.plenary.roster;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.plenary.shared.InvalidInputException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.modulith.NamedInterface;

/**
 * A State or an organisation, with the history of its treaty statuses (States only).
 */
@NamedInterface("api")
@Table("participant")
public class Participant {

    @Id
    private final UUID id;
    private final String name;
    private final ParticipantKind kind;
    private final String iso3;
    private final OrganisationType organisationType;
    private final Instant createdAt;
    @Version
    private Long version;
    @MappedCollection(idColumn = "participant")
    private final Set<StatusChange> statuses;

    @PersistenceCreator
    Participant(UUID id, String name, ParticipantKind kind, String iso3, OrganisationType organisationType,
            Instant createdAt, Long version, Set<StatusChange> statuses) {
        this.id = id;
        this.name = name;
        this.kind = kind;
        this.iso3 = iso3;
        this.organisationType = organisationType;
        this.createdAt = createdAt;
        this.version = version;
        this.statuses = new HashSet<>(statuses);
    }

    static Participant state(String name, String iso3, Instant now) {
        return new Participant(UUID.randomUUID(), name, ParticipantKind.STATE, iso3, null, now, null, Set.of());
    }

    static Participant organisation(String name, OrganisationType type, Instant now) {
        return new Participant(UUID.randomUUID(), name, ParticipantKind.ORGANISATION, null,
                type == null ? OrganisationType.OTHER : type, now, null, Set.of());
    }

    /**
     * Records that from {@code since} on the State has {@code status}; a change on the same date replaces
     * the earlier record of that date. Returns whether anything changed.
     */
    boolean recordStatus(String treaty, TreatyStatus status, LocalDate since, Instant now) {
        if (kind != ParticipantKind.STATE) {
            throw InvalidInputException.of("participantId", "Treaty status applies to States only; " + name
                    + " is an organisation");
        }
        boolean same = statuses.stream()
                .anyMatch(s -> s.treaty().equals(treaty) && s.since().equals(since) && s.status() == status);
        if (same) {
            return false;
        }
        statuses.removeIf(s -> s.treaty().equals(treaty) && s.since().equals(since));
        statuses.add(new StatusChange(treaty, status, since, now));
        return true;
    }

    /** The status towards {@code treaty} on {@code date}: the latest change on or before it, else none. */
    public TreatyStatus statusOn(String treaty, LocalDate date) {
        return history(treaty).stream()
                .filter(s -> !s.since().isAfter(date))
                .reduce((earlier, later) -> later)
                .map(StatusChange::status)
                .orElse(TreatyStatus.NONE);
    }

    public Category categoryOn(String treaty, LocalDate date) {
        return Category.of(kind, statusOn(treaty, date));
    }

    /** The status changes towards {@code treaty}, oldest first. */
    public List<StatusChange> history(String treaty) {
        return statuses.stream()
                .filter(s -> s.treaty().equals(treaty))
                .sorted(Comparator.comparing(StatusChange::since))
                .toList();
    }

    public ParticipantId id() {
        return new ParticipantId(id);
    }

    public String name() {
        return name;
    }

    public ParticipantKind kind() {
        return kind;
    }

    public String iso3() {
        return iso3;
    }

    public OrganisationType organisationType() {
        return organisationType;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
