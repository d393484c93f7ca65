package org.plenary.roster;

import java.time.Clock;
import java.util.Map;
import org.plenary.audit.AuditLog;
import org.plenary.audit.AuditRecord;
import org.plenary.shared.Actor;
import org.plenary.shared.ConflictException;
import org.plenary.shared.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Adds a State or an organisation to the roster. */
@Service
public class RegisterParticipant {

    public record Command(String name, ParticipantKind kind, String iso3, OrganisationType organisationType) {
    }

    private final ParticipantRepository participants;
    private final AuditLog audit;
    private final Clock clock;

    RegisterParticipant(ParticipantRepository participants, AuditLog audit, Clock clock) {
        this.participants = participants;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Participant execute(Command command) {
        RosterPolicy.mayChange(Actor.require()).orForbid();
        return register(command);
    }

    /** Registers without an actor check, for callers that have already checked (the CSV import). */
    Participant register(Command command) {
        String name = RosterNames.clean(command.name());
        if (command.kind() == ParticipantKind.STATE && command.organisationType() != null) {
            throw InvalidInputException.of("organisationType", "A State has no organisation type");
        }
        if (command.kind() == ParticipantKind.ORGANISATION && command.iso3() != null) {
            throw InvalidInputException.of("iso3", "An organisation has no ISO 3166 code");
        }
        String iso3 = command.kind() == ParticipantKind.STATE ? RosterNames.iso3(command.iso3()) : null;
        participants.findByNameIgnoringCase(name).ifPresent(p -> {
            throw new ConflictException("A participant named '" + p.name() + "' already exists");
        });
        if (iso3 != null) {
            participants.findByIso3(iso3).ifPresent(p -> {
                throw new ConflictException("The code " + iso3 + " is already used by " + p.name());
            });
        }
        Participant participant = command.kind() == ParticipantKind.STATE
                ? Participant.state(name, iso3, clock.instant())
                : Participant.organisation(name, command.organisationType(), clock.instant());
        Participant saved = participants.save(participant);
        audit.record(AuditRecord.created("roster.participant.registered", "participant", saved.id(), null,
                Map.of("name", saved.name(), "kind", saved.kind(), "iso3", String.valueOf(saved.iso3()))));
        return saved;
    }
}
