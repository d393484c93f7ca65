package org.plenary.correspondence;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.plenary.audit.AuditLog;
import org.plenary.audit.AuditRecord;
import org.plenary.contacts.Addresses;
import org.plenary.processes.Process;
import org.plenary.processes.ProcessId;
import org.plenary.processes.Processes;
import org.plenary.shared.Actor;
import org.plenary.shared.ConflictException;
import org.plenary.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends a letter: resolves its addressee groups on the day of sending, and queues one e-mail per distinct address
 * (official contact or delegate account) of every addressed participant in the outbox, in the same transaction
 * that marks it sent.
 */
@Service
public class SendLetter {

    public record Result(Letter letter, int participants, int dispatches) {
    }

    private final Processes processes;
    private final LetterRepository letters;
    private final Recipients recipients;
    private final QueueDispatches outbox;
    private final AuditLog audit;
    private final Clock clock;

    SendLetter(Processes processes, LetterRepository letters, Recipients recipients, QueueDispatches outbox,
            AuditLog audit, Clock clock) {
        this.processes = processes;
        this.letters = letters;
        this.recipients = recipients;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Result execute(ProcessId processId, LetterId id) {
        Process process = processes.require(processId);
        Actor actor = Actor.require();
        CorrespondencePolicy.maySend(processes.roleOf(process.id(), actor)).orForbid();
        Letter letter = letters.find(id).filter(l -> l.process().equals(process.id()))
                .orElseThrow(() -> new NotFoundException("Letter", id));
        Instant now = clock.instant();
        if (letter.sent() || !letters.markSent(id, now, actor.username())) {
            throw new ConflictException("The letter " + letter.reference() + " has already been sent");
        }
        LocalDate today = processes.today(process);
        List<Addresses.Addressed> addressed = recipients.of(process, letter);
        List<DispatchRepository.NewDispatch> queued = new ArrayList<>();
        for (Addresses.Addressed participant : addressed) {
            letters.addRecipient(id, participant.standing().id().value(), participant.standing().category().name());
            queued.addAll(QueueDispatches.to(participant));
        }
        outbox.queue(id, queued, now);
        int participants = addressed.size();
        audit.record(AuditRecord.changed("correspondence.letter.sent", "letter", id, process.id().value(),
                Map.of("status", LetterStatus.DRAFT), Map.of("status", LetterStatus.SENT, "participants", participants,
                        "dispatches", queued.size(), "resolvedOn", today.toString())));
        return new Result(letters.find(id).orElseThrow(), participants, queued.size());
    }
}
