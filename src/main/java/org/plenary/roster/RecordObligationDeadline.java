package org.plenary.roster;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.plenary.audit.AuditLog;
import org.plenary.audit.AuditRecord;
import org.plenary.shared.Actor;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.NotFoundException;
import org.plenary.shared.TextInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a State's obligation deadline under an article of a treaty as the treaty sets it (administrators); a
 * deadline already recorded is corrected, its history kept. Extensions come from decisions
 * ({@link ExtendObligationDeadline}).
 */
@Service
public class RecordObligationDeadline {

    public record Command(ParticipantId participant, String treaty, String article, LocalDate deadline) {
    }

    private final ParticipantRepository participants;
    private final TreatyRepository treaties;
    private final ObligationRepository obligations;
    private final AuditLog audit;
    private final Clock clock;

    RecordObligationDeadline(ParticipantRepository participants, TreatyRepository treaties,
            ObligationRepository obligations, AuditLog audit, Clock clock) {
        this.participants = participants;
        this.treaties = treaties;
        this.obligations = obligations;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public ObligationDeadline execute(Command c) {
        Actor actor = Actor.require();
        RosterPolicy.mayChange(actor).orForbid();
        Participant participant = participants.findById(c.participant().value())
                .orElseThrow(() -> new NotFoundException("Participant", c.participant()));
        if (participant.kind() != ParticipantKind.STATE) {
            throw InvalidInputException.of("participant", "Only a State has treaty obligations");
        }
        String treaty = TextInput.line("treaty", c.treaty(), 20);
        if (!treaties.existsById(treaty)) {
            throw InvalidInputException.of("treaty", "'" + treaty + "' is not a treaty of the roster");
        }
        String article = TextInput.line("article", c.article(), 100);
        if (c.deadline() == null) {
            throw InvalidInputException.of("deadline", "The deadline is required (2021-03-01)");
        }
        if (c.deadline().isBefore(RecordTreatyStatus.EARLIEST) || c.deadline().isAfter(RecordTreatyStatus.LATEST)) {
            throw InvalidInputException.of("deadline", "The date " + c.deadline() + " is not between "
                    + RecordTreatyStatus.EARLIEST + " and " + RecordTreatyStatus.LATEST);
        }
        LocalDate previous = obligations.lock(c.participant(), treaty, article).orElse(null);
        obligations.set(c.participant(), treaty, article, previous, new ObligationDeadline.Change(previous,
                c.deadline(), null, null, clock.instant(), actor.username()));
        Map<String, Object> before = new HashMap<>(Map.of("treaty", treaty, "article", article));
        if (previous != null) {
            before.put("deadline", previous.toString());
        }
        audit.record(AuditRecord.changed("roster.obligation.recorded", "participant", participant.id(), null, before,
                Map.of("treaty", treaty, "article", article, "deadline", c.deadline().toString())));
        return obligations.of(c.participant()).stream()
                .filter(o -> o.treaty().equals(treaty) && o.article().equals(article)).findFirst().orElseThrow();
    }
}
