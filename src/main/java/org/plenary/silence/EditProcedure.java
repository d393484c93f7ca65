package org.plenary.silence;

import java.time.Clock;
import java.util.List;
import org.plenary.audit.AuditLog;
import org.plenary.audit.AuditRecord;
import org.plenary.processes.Process;
import org.plenary.processes.Processes;
import org.plenary.shared.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes what a draft says (subject, proposal, deadline, whether amendments break silence, effect, documents,
 * announcing letter, revised procedure), checked as when it was drafted. Once circulated, the delegations have
 * been told what it says: it can no longer be edited.
 */
@Service
public class EditProcedure {

    private final Processes processes;
    private final DraftContent content;
    private final ProcedureRepository procedures;
    private final DraftRepository drafts;
    private final ShortPeriods shortPeriods;
    private final DraftCitations citations;
    private final SymbolPatterns symbols;
    private final AuditLog audit;
    private final Clock clock;

    EditProcedure(Processes processes, DraftContent content, ProcedureRepository procedures, DraftRepository drafts,
            ShortPeriods shortPeriods, DraftCitations citations, SymbolPatterns symbols, AuditLog audit,
            Clock clock) {
        this.symbols = symbols;
        this.citations = citations;
        this.drafts = drafts;
        this.shortPeriods = shortPeriods;
        this.processes = processes;
        this.content = content;
        this.procedures = procedures;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * {@code c.process()} names the process; the draft is {@code id}; {@code version}, if given, is the version the
     * change was made to (a stale change is refused and writes nothing).
     */
    @Transactional
    public SilenceProcedure execute(SilenceProcedureId id, Long version, DraftProcedure.Command c) {
        Process process = processes.require(c.process());
        Actor actor = Actor.require();
        SilencePolicy.mayManage(processes.roleOf(process.id(), actor)).orForbid();
        SilenceProcedure before = procedures.lockIn(process.id(), id);
        before.requireDraft();
        before.requireVersion(version);
        List<DraftDecision> stored = drafts.of(id);
        DraftContent.Checked was = DraftContent.Checked.of(before, stored, shortPeriods.reason(id).orElse(null));
        boolean keeps = keepsDrafts(c, before, stored);
        DraftContent.Checked checked = content.check(process, keeps ? keeping(c, stored) : c, clock.instant());
        symbols.check(process.id(), checked.drafts());
        List<List<DraftCitations.Checked>> cites = keeps || c.drafts() == null ? null
                : citations.check(process, c.drafts());
        procedures.save(before.revise(checked.content()));
        drafts.replace(id, checked.drafts());
        if (cites != null) {
            citations.replace(drafts.of(id), cites);
        }
        shortPeriods.replace(id, checked.shortPeriodReason(), clock.instant(), actor.username());
        audit.record(AuditRecord.changed("silence.procedure.edited", "silence-procedure", id, process.id().value(),
                was.audited(before.reference()), checked.audited(before.reference())));
        return procedures.find(id).orElseThrow();
    }

    /**
     * Whether an edit keeps the drafts of a procedure that has several: it names none and leaves the proposal (the
     * list of the drafts, as the page sends it back) as it is, or gives none.
     */
    private static boolean keepsDrafts(DraftProcedure.Command c, SilenceProcedure before, List<DraftDecision> stored) {
        String proposal = c.proposal() == null ? "" : c.proposal().replace("\r\n", "\n").strip();
        return c.drafts() == null && stored.size() > 1 && (proposal.isEmpty() || proposal.equals(before.proposal()));
    }

    /** The edit with the drafts it keeps. */
    private static DraftProcedure.Command keeping(DraftProcedure.Command c, List<DraftDecision> stored) {
        return new DraftProcedure.Command(c.process(), c.subject(), null, c.deadline(), c.amendmentsBreakSilence(),
                c.effect(), c.documents(), c.revises(), c.announcedWith(), stored.stream()
                        .map(d -> new DraftProcedure.DraftRequest(d.symbol(), d.title(), d.text(),
                                d.extension() == null ? null : new DraftProcedure.EffectRequest(
                                        Effect.Type.RECORD_DEADLINE_EXTENSION, null, null, null,
                                        d.extension().participant().toString(), d.extension().article(),
                                        d.extension().deadline()))).toList(), c.shortPeriodReason());
    }
}
