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
import org.plenary.shared.NotFoundException;
import org.plenary.shared.TextInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds or corrects the version of one draft decision in another language of its process, by the rules of
 * {@link WriteProcedureVersion}: once circulated a version can be added but not changed. A procedure with one
 * draft has the versions of its proposal, written there.
 */
@Service
public class WriteDraftVersion {

    public record Command(ProcessId process, SilenceProcedureId procedure, String draft, String language, String title,
            String text) {
    }

    private final Processes processes;
    private final ProcedureRepository procedures;
    private final DraftRepository drafts;
    private final AuditLog audit;
    private final Clock clock;

    WriteDraftVersion(Processes processes, ProcedureRepository procedures, DraftRepository drafts, AuditLog audit,
            Clock clock) {
        this.processes = processes;
        this.procedures = procedures;
        this.drafts = drafts;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public SilenceProcedure execute(Command c) {
        Process process = processes.require(c.process());
        Actor actor = Actor.require();
        SilencePolicy.mayManage(processes.roleOf(process.id(), actor)).orForbid();
        SilenceProcedure procedure = procedures.lockIn(process.id(), c.procedure());
        DraftDecision draft = drafts.of(procedure.id()).stream().filter(d -> d.id().toString().equals(c.draft()))
                .findFirst().orElseThrow(() -> new NotFoundException("Draft decision", c.draft()));
        String language = ContentLanguages.require(c.language(), process.languages());
        String original = procedures.originalLanguage(procedure.id());
        LanguageVersions<ProcedureText> before = new LanguageVersions<>(original,
                new ProcedureText(draft.title(), draft.text()), drafts.versions(draft.id()));
        String what = draft.label() + " of the silence procedure " + procedure.reference();
        before.requireWritable(language, procedure.status() != ProcedureStatus.DRAFT, what);
        ProcedureText text = new ProcedureText(TextInput.line("title", c.title(), 300),
                TextInput.lines("text", c.text(), 20_000));
        drafts.saveVersion(draft.id(), language, text, clock.instant(), actor.username());
        Map<String, Object> after = Map.of("reference", procedure.reference(), "draft", draft.id().toString(),
                "language", language, "title", text.subject(), "text", text.proposal());
        ProcedureText earlier = before.versions().get(language);
        audit.record(earlier == null
                ? AuditRecord.created("silence.draft.version-added", "silence-procedure", procedure.id(),
                        process.id().value(), after)
                : AuditRecord.changed("silence.draft.version-changed", "silence-procedure", procedure.id(),
                        process.id().value(), Map.of("draft", draft.id().toString(), "language", language,
                                "title", earlier.subject(), "text", earlier.proposal()), after));
        return procedure;
    }
}
