package org.plenary.correspondence;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.plenary.audit.AuditLog;
import org.plenary.audit.AuditRecord;
import org.plenary.identity.Account;
import org.plenary.identity.Accounts;
import org.plenary.processes.Process;
import org.plenary.processes.Processes;
import org.plenary.roster.Category;
import org.plenary.roster.Standing;
import org.plenary.shared.Actor;
import org.plenary.shared.ConflictException;
import org.plenary.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends a letter: resolves its addressee groups on the day of sending, and queues one e-mail per delegate
 * account of every addressed participant in the outbox, in the same transaction that marks it sent.
 */
@Service
public class SendLetter {

    public record Result(Letter letter, int participants, int dispatches) {
    }

    private final Processes processes;
    private final LetterRepository letters;
    private final DispatchRepository dispatches;
    private final Accounts accounts;
    private final SchedulerClient scheduler;
    private final AuditLog audit;
    private final Clock clock;

    SendLetter(Processes processes, LetterRepository letters, DispatchRepository dispatches, Accounts accounts,
            SchedulerClient scheduler, AuditLog audit, Clock clock) {
        this.processes = processes;
        this.letters = letters;
        this.dispatches = dispatches;
        this.accounts = accounts;
        this.scheduler = scheduler;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Result execute(String processId, LetterId id) {
        Process process = processes.require(processId);
        Actor actor = Actor.require();
        CorrespondencePolicy.maySend(processes.roleOf(process.id(), actor)).orForbid();
        Letter letter = letters.find(id).filter(l -> l.process().equals(process.id()))
                .orElseThrow(() -> new NotFoundException("Letter", id));
        Instant now = clock.instant();
        if (letter.sent() || !letters.markSent(id, now, actor.username())) {
            throw new ConflictException("The letter " + letter.reference() + " has already been sent");
        }
        Set<Category> categories = letter.addressees().stream().map(AddresseeGroup::category).collect(Collectors.toSet());
        LocalDate today = processes.today(process);
        int participants = 0;
        List<DispatchRepository.NewDispatch> queued = new ArrayList<>();
        for (Standing standing : processes.participants(process, today)) {
            if (!categories.contains(standing.category())) {
                continue;
            }
            participants++;
            letters.addRecipient(id, standing.id().value(), standing.category().name());
            for (Account account : accounts.delegatesOf(standing.id())) {
                queued.add(new DispatchRepository.NewDispatch(UUID.randomUUID(), standing.id().value(),
                        account.id().value(), account.email()));
            }
        }
        dispatches.queue(id, queued, now);
        scheduler.scheduleBatch(queued.stream().<TaskInstance<?>>map(d -> DispatchOutbox.TASK.instance(d.id().toString())
                .data(d.id().toString()).build()).toList(), now);
        audit.record(AuditRecord.changed("correspondence.letter.sent", "letter", id, process.id().value(),
                Map.of("status", LetterStatus.DRAFT), Map.of("status", LetterStatus.SENT, "participants", participants,
                        "dispatches", queued.size(), "resolvedOn", today.toString())));
        return new Result(letters.find(id).orElseThrow(), participants, queued.size());
    }
}
