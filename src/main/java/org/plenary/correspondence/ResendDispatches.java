package org.plenary.correspondence;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.plenary.audit.AuditLog;
import org.plenary.audit.AuditRecord;
import org.plenary.notifications.Outbox;
import org.plenary.processes.Process;
import org.plenary.processes.ProcessId;
import org.plenary.processes.Processes;
import org.plenary.shared.Actor;
import org.plenary.shared.ConflictException;
import org.plenary.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Resends failed e-mails of a sent letter: each failed dispatch is queued again in the outbox
 * ({@link Outbox#resend}) with its attempts counted from zero, in the transaction that records it. A dispatch being delivered at this moment is left to
 * that attempt.
 */
@Service
public class ResendDispatches {

    private final Processes processes;
    private final LetterRepository letters;
    private final DispatchRepository dispatches;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Clock clock;

    ResendDispatches(Processes processes, LetterRepository letters, DispatchRepository dispatches,
            Outbox outbox, AuditLog audit, Clock clock) {
        this.processes = processes;
        this.letters = letters;
        this.dispatches = dispatches;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /** Resends one failed dispatch; 409 if it has not failed or is being delivered right now. */
    @Transactional
    public Dispatch one(ProcessId processId, LetterId letterId, String dispatchId) {
        Letter letter = letterOf(processId, letterId);
        Dispatch dispatch = parse(dispatchId).flatMap(dispatches::lock).filter(d -> d.letter().equals(letter.id()))
                .orElseThrow(() -> new NotFoundException("Dispatch", dispatchId));
        if (dispatch.status() != DispatchStatus.FAILED) {
            throw new ConflictException("The e-mail to " + dispatch.email() + " has not failed: it is "
                    + dispatch.status());
        }
        if (!requeue(letter, dispatch)) {
            throw new ConflictException("The e-mail to " + dispatch.email() + " is being delivered right now");
        }
        return dispatches.lock(dispatch.id()).orElseThrow();
    }

    /** Resends every failed dispatch of the letter; 409 if none has failed. */
    @Transactional
    public List<Dispatch> allFailed(ProcessId processId, LetterId letterId) {
        Letter letter = letterOf(processId, letterId);
        List<Dispatch> failed = dispatches.lockFailed(letter.id());
        if (failed.isEmpty()) {
            throw new ConflictException("No e-mail of the letter " + letter.reference() + " has failed");
        }
        List<UUID> resent = new ArrayList<>();
        for (Dispatch dispatch : failed) {
            if (requeue(letter, dispatch)) {
                resent.add(dispatch.id());
            }
        }
        return dispatches.ofLetter(letter.id()).stream().filter(d -> resent.contains(d.id())).toList();
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private Letter letterOf(ProcessId processId, LetterId letterId) {
        Process process = processes.require(processId);
        CorrespondencePolicy.mayResend(processes.roleOf(process.id(), Actor.require())).orForbid();
        return letters.find(letterId).filter(l -> l.process().equals(process.id()))
                .orElseThrow(() -> new NotFoundException("Letter", letterId));
    }

    /** Queues the locked, failed dispatch again; false if the outbox is delivering it at this moment. */
    private boolean requeue(Letter letter, Dispatch dispatch) {
        Instant now = clock.instant();
        if (!outbox.resend(dispatch.id())) {
            return false;
        }
        dispatches.requeue(dispatch.id(), now);
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("status", dispatch.status());
        before.put("attempts", dispatch.attempts());
        before.put("lastError", dispatch.lastError());
        audit.record(AuditRecord.changed("correspondence.dispatch.resent", "dispatch", dispatch.id(),
                letter.process().value(), before, Map.of("status", DispatchStatus.QUEUED, "attempts", 0,
                        "letter", letter.id().toString(), "email", dispatch.email())));
        return true;
    }
}
