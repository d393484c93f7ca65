package org.plenary.decisions;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.plenary.audit.AuditLog;
import org.plenary.audit.AuditRecord;
import org.plenary.processes.Process;
import org.plenary.processes.ProcessId;
import org.plenary.processes.Processes;
import org.plenary.shared.Actor;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.NotFoundException;
import org.plenary.shared.TextInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a statement attached to a decision in another language of the process (added, or corrected): by a delegate
 * of the State that made it, or by the officers of the process. It is issued with the decision in that language.
 */
@Service
public class WriteStatementVersion {

    public record Command(ProcessId process, DecisionId decision, String statement, String language, String text) {
    }

    private final Processes processes;
    private final DecisionRepository decisions;
    private final AuditLog audit;
    private final Clock clock;

    WriteStatementVersion(Processes processes, DecisionRepository decisions, AuditLog audit, Clock clock) {
        this.processes = processes;
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
        Statement s = decisions.statements(d.id()).stream().filter(one -> one.id().toString().equals(c.statement()))
                .findFirst().orElseThrow(() -> new NotFoundException("Statement", c.statement()));
        DecisionPolicy.mayWriteStatementVersion(actor, s.participant(), processes.roleOf(process.id(), actor))
                .orForbid();
        if (!process.languages().contains(c.language())) {
            throw InvalidInputException.of("language", "'" + c.language() + "' is not a language of the process ("
                    + String.join(", ", process.languages()) + ")");
        }
        String text = TextInput.lines("text", c.text(), AttachStatement.MAX_TEXT);
        String before = s.versions().get(c.language());
        decisions.saveStatementVersion(s.id(), c.language(), text, clock.instant(), actor.username());
        Map<String, Object> was = new HashMap<>();
        if (before != null) {
            was.put("text", before);
        }
        audit.record(AuditRecord.changed("decisions.statement.version.written", "decision-statement", s.id(),
                process.id().value(), was, Map.of("language", c.language(), "text", text)));
        return decisions.statements(d.id()).stream().filter(one -> one.id().equals(s.id())).findFirst()
                .orElseThrow();
    }
}
