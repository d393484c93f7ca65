package org.plenary.silence;

import java.time.Clock;
import java.util.Map;
import org.plenary.audit.AuditLog;
import org.plenary.audit.AuditRecord;
import org.plenary.processes.Process;
import org.plenary.processes.ProcessId;
import org.plenary.processes.Processes;
import org.plenary.shared.Actor;
import org.plenary.shared.ContentLanguages;
import org.plenary.shared.LanguageVersions;
import org.plenary.shared.TextInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds or corrects the version of a silence procedure in another language of its process. Before circulation a
 * version may be added or corrected; once circulated, the delegations have read it: a version can still be
 * added, but not changed.
 */
@Service
public class WriteProcedureVersion {

    public record Command(ProcessId process, SilenceProcedureId procedure, String language, String subject,
            String proposal) {
    }

    private final Processes processes;
    private final ProcedureRepository procedures;
    private final ProcedureVersionRepository versions;
    private final AuditLog audit;
    private final Clock clock;

    WriteProcedureVersion(Processes processes, ProcedureRepository procedures, ProcedureVersionRepository versions,
            AuditLog audit, Clock clock) {
        this.processes = processes;
        this.procedures = procedures;
        this.versions = versions;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public SilenceProcedure execute(Command c) {
        Process process = processes.require(c.process());
        Actor actor = Actor.require();
        SilencePolicy.mayManage(processes.roleOf(process.id(), actor)).orForbid();
        SilenceProcedure procedure = procedures.lockIn(process.id(), c.procedure());
        String language = ContentLanguages.require(c.language(), process.languages());
        LanguageVersions<ProcedureText> before = versions.of(procedure);
        String what = "the silence procedure " + procedure.reference();
        before.requireWritable(language, procedure.status() != ProcedureStatus.DRAFT, what);
        ProcedureText text = new ProcedureText(TextInput.line("subject", c.subject(), 300),
                TextInput.lines("proposal", c.proposal(), 20_000));
        versions.save(procedure.id(), language, text, clock.instant(), actor.username());
        Map<String, Object> after = Map.of("reference", procedure.reference(), "language", language,
                "subject", text.subject(), "proposal", text.proposal());
        ProcedureText earlier = before.versions().get(language);
        audit.record(earlier == null
                ? AuditRecord.created("silence.procedure.version-added", "silence-procedure", procedure.id(),
                        process.id().value(), after)
                : AuditRecord.changed("silence.procedure.version-changed", "silence-procedure", procedure.id(),
                        process.id().value(), Map.of("reference", procedure.reference(), "language", language,
                                "subject", earlier.subject(), "proposal", earlier.proposal()), after));
        return procedure;
    }
}
