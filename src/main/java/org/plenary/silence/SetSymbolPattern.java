package org.plenary.silence;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.plenary.audit.AuditLog;
import org.plenary.audit.AuditRecord;
import org.plenary.processes.Process;
import org.plenary.processes.ProcessId;
import org.plenary.processes.Processes;
import org.plenary.shared.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sets the pattern of the symbols of the process's draft decisions (Presidency, Secretariat), or removes it (none
 * given): new drafts' symbols are checked against it from then on; symbols given before stay as they are.
 */
@Service
public class SetSymbolPattern {

    private final Processes processes;
    private final SymbolPatterns patterns;
    private final AuditLog audit;
    private final Clock clock;

    SetSymbolPattern(Processes processes, SymbolPatterns patterns, AuditLog audit, Clock clock) {
        this.processes = processes;
        this.patterns = patterns;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Optional<SymbolPattern> execute(ProcessId processId, String pattern) {
        Process process = processes.require(processId);
        Actor actor = Actor.require();
        SilencePolicy.mayManage(processes.roleOf(process.id(), actor)).orForbid();
        SymbolPattern after = pattern == null || pattern.isBlank() ? null
                : SymbolPattern.parse("symbolPattern", pattern);
        Optional<SymbolPattern> before = patterns.of(process.id());
        patterns.save(process.id(), after, clock.instant(), actor.username());
        Map<String, Object> was = new HashMap<>();
        before.ifPresent(p -> was.put("symbolPattern", p.pattern()));
        Map<String, Object> is = new HashMap<>();
        if (after != null) {
            is.put("symbolPattern", after.pattern());
        }
        audit.record(AuditRecord.changed("silence.settings.changed", "process", process.id().value(),
                process.id().value(), was, is));
        return Optional.ofNullable(after);
    }
}
