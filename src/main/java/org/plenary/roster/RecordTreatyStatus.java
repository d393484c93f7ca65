package org.plenary.roster;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.plenary.audit.AuditLog;
import org.plenary.audit.AuditRecord;
import org.plenary.shared.Actor;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records a change of a State's treaty status from a date on; the earlier history is kept. */
@Service
public class RecordTreatyStatus {

    /** The dates a treaty status may hold from: a plausible range, which the database can also store. */
    static final LocalDate EARLIEST = LocalDate.of(1800, 1, 1);
    static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    public record Command(String treaty, ParticipantId participant, TreatyStatus status, LocalDate since) {
    }

    private final ParticipantRepository participants;
    private final TreatyRepository treaties;
    private final AuditLog audit;
    private final Clock clock;

    RecordTreatyStatus(ParticipantRepository participants, TreatyRepository treaties, AuditLog audit, Clock clock) {
        this.participants = participants;
        this.treaties = treaties;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Participant execute(Command command) {
        RosterPolicy.mayChange(Actor.require()).orForbid();
        if (!treaties.existsById(command.treaty())) {
            throw new NotFoundException("Treaty", command.treaty());
        }
        Participant participant = participants.findById(command.participant().value())
                .orElseThrow(() -> new NotFoundException("Participant", command.participant()));
        record(participant, command.treaty(), command.status(), command.since());
        return participant;
    }

    /**
     * Records without the checks of {@link #execute}, for the CSV import that has made them. Returns
     * whether the history changed (the same status on the same date is no change).
     */
    boolean record(Participant participant, String treaty, TreatyStatus status, LocalDate since) {
        if (status == null) {
            throw InvalidInputException.of("status", "A status (STATE_PARTY, SIGNATORY or NONE) is required");
        }
        if (since == null) {
            throw InvalidInputException.of("since", "The date from which the status holds is required");
        }
        if (since.isBefore(EARLIEST) || since.isAfter(LATEST)) {
            throw InvalidInputException.of("since", "The date " + since + " is not between " + EARLIEST + " and " + LATEST);
        }
        TreatyStatus before = participant.statusOn(treaty, since);
        if (!participant.recordStatus(treaty, status, since, clock.instant())) {
            return false;
        }
        participants.save(participant);
        audit.record(AuditRecord.changed("roster.status.recorded", "participant", participant.id(), null,
                Map.of("treaty", treaty, "status", before, "since", since.toString()),
                Map.of("treaty", treaty, "status", status, "since", since.toString())));
        return true;
    }
}
