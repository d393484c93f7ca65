package org.plenary.decisions;

import java.time.Instant;
import java.util.Map;
import org.plenary.audit.AuditLog;
import org.plenary.audit.AuditRecord;
import org.plenary.processes.Process;
import org.plenary.processes.ProcessId;
import org.plenary.processes.Processes;
import org.plenary.shared.Actor;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The officers set until when statements may be attached to a decision (by default 30 days after its adoption):
 * any instant after the adoption, later or earlier than before.
 */
@Service
public class SetStatementPeriod {

    public record Command(ProcessId process, DecisionId decision, Instant until) {
    }

    private final Processes processes;
    private final DecisionRepository decisions;
    private final AuditLog audit;

    SetStatementPeriod(Processes processes, DecisionRepository decisions, AuditLog audit) {
        this.processes = processes;
        this.decisions = decisions;
        this.audit = audit;
    }

    @Transactional
    public Decision execute(Command c) {
        Process process = processes.require(c.process());
        DecisionPolicy.maySetPeriod(processes.roleOf(process.id(), Actor.require())).orForbid();
        Decision d = decisions.lock(process.id(), c.decision())
                .orElseThrow(() -> new NotFoundException("Decision", c.decision()));
        if (c.until() == null || c.until().isBefore(d.adoptedAt())) {
            throw InvalidInputException.of("statementsUntil", "The end of the period for statements is required "
                    + "and may not be before the adoption of the decision, " + d.adoptedAt());
        }
        decisions.setStatementsUntil(d.id(), c.until());
        audit.record(AuditRecord.changed("decisions.statements-period.set", "decision", d.id(), process.id().value(),
                Map.of("statementsUntil", d.statementsUntil().toString()),
                Map.of("statementsUntil", c.until().toString())));
        return decisions.find(process.id(), d.id()).orElseThrow();
    }
}
