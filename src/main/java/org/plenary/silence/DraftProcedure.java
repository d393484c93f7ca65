package org.plenary.silence;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.plenary.audit.AuditLog;
import org.plenary.audit.AuditRecord;
import org.plenary.processes.Process;
import org.plenary.processes.ProcessId;
import org.plenary.processes.Processes;
import org.plenary.shared.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafts a silence procedure: the subject, the proposed decision (or several draft decisions), its deadline (at least the process's minimum
 * period from now), whether amendments break silence, optional documents, an optional effect, the letter it is
 * announced with and the broken procedure it revises, if any. Nothing is sent before circulation.
 */
@Service
public class DraftProcedure {

    /**
     * The effect as asked for: a meeting to move ({@code meetingId}, checked to be a meeting of the same process,
     * {@code start}, {@code end}) or a deadline to extend ({@code participantId}, a State, {@code article} and the
     * new {@code deadline}).
     */
    public record EffectRequest(Effect.Type type, String meetingId, Instant start, Instant end, String participantId,
            String article, LocalDate deadline) {

        /** A meeting to move. */
        public EffectRequest(Effect.Type type, String meetingId, Instant start, Instant end) {
            this(type, meetingId, start, end, null, null, null);
        }
    }

    /**
     * One draft decision as asked for; its {@code effect} a deadline extension, or a meeting to move when it is the
     * procedure's only draft; the earlier decisions of the process it {@code cites}.
     */
    public record DraftRequest(String symbol, String title, String text, EffectRequest effect,
            List<DraftCitations.Request> cites) {

        /** A draft citing no decision. */
        public DraftRequest(String symbol, String title, String text, EffectRequest effect) {
            this(symbol, title, text, effect, null);
        }
    }

    /**
     * What a procedure says; also what an edit of a draft replaces it with. Either a {@code proposal} (one draft,
     * titled by the subject) or {@code drafts}. With a {@code shortPeriodReason}, the deadline may be closer than the
     * process's minimum period (the reason is kept, audited and shown).
     */
    public record Command(ProcessId process, String subject, String proposal, Instant deadline,
            boolean amendmentsBreakSilence, EffectRequest effect, List<String> documents, String revises,
            String announcedWith, List<DraftRequest> drafts, String shortPeriodReason) {

        /** A procedure with the process's minimum period at least. */
        public Command(ProcessId process, String subject, String proposal, Instant deadline,
                boolean amendmentsBreakSilence, EffectRequest effect, List<String> documents, String revises,
                String announcedWith, List<DraftRequest> drafts) {
            this(process, subject, proposal, deadline, amendmentsBreakSilence, effect, documents, revises,
                    announcedWith, drafts, null);
        }

        /** A procedure with one draft, its proposal. */
        public Command(ProcessId process, String subject, String proposal, Instant deadline,
                boolean amendmentsBreakSilence, EffectRequest effect, List<String> documents, String revises,
                String announcedWith) {
            this(process, subject, proposal, deadline, amendmentsBreakSilence, effect, documents, revises,
                    announcedWith, null, null);
        }
    }

    private final Processes processes;
    private final DraftContent content;
    private final ProcedureRepository procedures;
    private final DraftRepository drafts;
    private final ShortPeriods shortPeriods;
    private final DraftCitations citations;
    private final SymbolPatterns symbols;
    private final AuditLog audit;
    private final Clock clock;

    DraftProcedure(Processes processes, DraftContent content, ProcedureRepository procedures, DraftRepository drafts,
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

    @Transactional
    public SilenceProcedure execute(Command c) {
        Process process = processes.require(c.process());
        Actor actor = Actor.require();
        SilencePolicy.mayManage(processes.roleOf(process.id(), actor)).orForbid();
        Instant now = clock.instant();
        DraftContent.Checked checked = content.check(process, c, now);
        symbols.check(process.id(), checked.drafts());
        List<List<DraftCitations.Checked>> cites = citations.check(process, c.drafts() == null ? List.of() : c.drafts());
        SilenceProcedure procedure = SilenceProcedure.draft(process.id(), procedures.nextNumber(process.id()),
                checked.content(), now, actor.username());
        procedures.save(procedure);
        drafts.replace(procedure.id(), checked.drafts());
        shortPeriods.replace(procedure.id(), checked.shortPeriodReason(), now, actor.username());
        citations.replace(drafts.of(procedure.id()), cites);
        audit.record(AuditRecord.created("silence.procedure.drafted", "silence-procedure", procedure.id(),
                process.id().value(), DraftCitations.audited(checked.audited(procedure.reference()), cites)));
        return procedures.find(procedure.id()).orElseThrow();
    }
}
