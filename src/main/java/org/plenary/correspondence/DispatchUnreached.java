package org.plenary.correspondence;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.plenary.audit.AuditLog;
import org.plenary.audit.AuditRecord;
import org.plenary.contacts.Addresses;
import org.plenary.contacts.Coverage;
import org.plenary.processes.Process;
import org.plenary.processes.ProcessId;
import org.plenary.processes.Processes;
import org.plenary.shared.Actor;
import org.plenary.shared.ConflictException;
import org.plenary.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends a sent letter to the participants it was addressed to that had no address then and have one now (a
 * contact added since), and to nobody else: the others received it already. Under the lock of the letter, so
 * that two clicks queue it once.
 */
@Service
public class DispatchUnreached {

    private final Processes processes;
    private final LetterRepository letters;
    private final DispatchRepository dispatches;
    private final Recipients recipients;
    private final QueueDispatches outbox;
    private final AuditLog audit;
    private final Clock clock;

    DispatchUnreached(Processes processes, LetterRepository letters, DispatchRepository dispatches,
            Recipients recipients, QueueDispatches outbox, AuditLog audit, Clock clock) {
        this.processes = processes;
        this.letters = letters;
        this.dispatches = dispatches;
        this.recipients = recipients;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /** Answers the number of e-mails queued. */
    @Transactional
    public int execute(ProcessId processId, LetterId id) {
        Process process = processes.require(processId);
        CorrespondencePolicy.maySend(processes.roleOf(process.id(), Actor.require())).orForbid();
        Letter letter = letters.lock(id).filter(l -> l.process().equals(process.id()))
                .orElseThrow(() -> new NotFoundException("Letter", id));
        if (!letter.sent()) {
            throw new ConflictException("The letter " + letter.reference() + " has not been sent yet: sending it "
                    + "reaches every address");
        }
        Set<UUID> unreached = dispatches.coverage(id).unreached().stream().map(Coverage.Unreached::participantId)
                .collect(Collectors.toSet());
        List<Addresses.Addressed> reachable = recipients.withAddresses(process,
                processes.participants(process, processes.today(process)).stream()
                        .filter(s -> unreached.contains(s.id().value())).toList())
                .stream().filter(a -> !a.addresses().isEmpty()).toList();
        List<DispatchRepository.NewDispatch> queued = reachable.stream().flatMap(a -> QueueDispatches.to(a).stream())
                .toList();
        if (queued.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        outbox.queue(id, queued, now);
        audit.record(AuditRecord.changed("correspondence.letter.dispatched-to-unreached", "letter", id,
                process.id().value(), Map.of("unreached", unreached.size()), Map.of("participants", reachable.size(),
                        "dispatches", queued.size())));
        return queued.size();
    }
}
