package org.plenary.decisions;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.plenary.audit.AuditLog;
import org.plenary.audit.AuditRecord;
import org.plenary.processes.Process;
import org.plenary.processes.ProcessId;
import org.plenary.processes.Processes;
import org.plenary.roster.Category;
import org.plenary.roster.ParticipantId;
import org.plenary.roster.Roster;
import org.plenary.roster.Standing;
import org.plenary.shared.Actor;
import org.plenary.shared.ConflictException;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.NotFoundException;
import org.plenary.shared.TextInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A delegate of a State Party attaches an interpretative statement or a reservation to a decision, in its State's
 * name, before the end of the period for statements (409 at that instant or later).
 */
@Service
public class AttachStatement {

    public record Command(ProcessId process, DecisionId decision, StatementKind kind, String text) {
    }

    /** The longest statement, in characters. */
    static final int MAX_TEXT = 20_000;

    private final Processes processes;
    private final Roster roster;
    private final DecisionRepository decisions;
    private final AuditLog audit;
    private final Clock clock;

    AttachStatement(Processes processes, Roster roster, DecisionRepository decisions, AuditLog audit, Clock clock) {
        this.processes = processes;
        this.roster = roster;
        this.decisions = decisions;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Statement execute(Command c) {
        Process process = processes.require(c.process());
        Actor actor = Actor.require();
        Decision d = decisions.lock(process.id(), c.decision())
                .orElseThrow(() -> new NotFoundException("Decision", c.decision()));
        Optional<Standing> standing = actor.delegate() ? roster.standing(new ParticipantId(actor.participantId()),
                process.treaty(), processes.today(process)) : Optional.empty();
        DecisionPolicy.mayAttachStatement(actor, standing.map(Standing::category)).orForbid();
        if (c.kind() == null) {
            throw InvalidInputException.of("kind", "The kind is INTERPRETATIVE_STATEMENT or RESERVATION");
        }
        String text = TextInput.lines("text", c.text(), MAX_TEXT);
        Instant now = clock.instant();
        if (!d.takesStatements(now)) {
            throw new ConflictException("The period for statements on " + label(d) + " ended at "
                    + d.statementsUntil() + "; this was received at " + now)
                    .withKey("refusal.decisions.statementsClosed", label(d), d.statementsUntil(), now);
        }
        Statement s = new Statement(UUID.randomUUID(), c.kind(), actor.participantId(), standing.get().name(), text,
                now, Map.of());
        decisions.insertStatement(d.id(), s, actor.accountId());
        audit.record(AuditRecord.created("decisions.statement.attached", "decision-statement", s.id(),
                process.id().value(), Map.of("decision", d.id().toString(), "kind", s.kind().name(),
                        "participant", s.participant().toString(), "text", text)));
        return s;
    }

    static String label(Decision d) {
        return d.symbol() == null ? "\"" + d.title() + "\"" : d.symbol();
    }
}
