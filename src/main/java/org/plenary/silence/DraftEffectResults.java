package org.plenary.silence;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.plenary.audit.AuditLog;
import org.plenary.audit.AuditRecord;
import org.plenary.roster.ObligationDeadlineExtended;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Records what became of an adopted draft's effect (a State's obligation deadline extended), as the roster answered,
 * and shows it on the procedure's live page. Once: a repeated answer finds the result recorded and changes nothing.
 */
@Component
class DraftEffectResults {

    private final JdbcClient jdbc;
    private final SilenceChanges changes;
    private final AuditLog audit;
    private final Clock clock;

    DraftEffectResults(JdbcClient jdbc, SilenceChanges changes, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.changes = changes;
        this.audit = audit;
        this.clock = clock;
    }

    /** The procedure of an adopted draft, and its process. */
    private record Draft(UUID procedure, UUID process) {
    }

    @ApplicationModuleListener
    void on(ObligationDeadlineExtended extended) {
        Draft draft = jdbc.sql("""
                select d.procedure, p.process from silence_draft d join silence_procedure p on p.id = d.procedure
                 where d.id = :d and d.status = 'ADOPTED'
                """).param("d", extended.decision()).query(Draft.class).optional().orElse(null);
        String result = extended.result().length() <= 500 ? extended.result()
                : extended.result().substring(0, 499) + "…";
        if (draft == null || jdbc.sql("""
                insert into silence_draft_effect (draft, result, recorded_at) values (:d, :result, :at)
                on conflict (draft) do nothing
                """).param("d", extended.decision()).param("result", result)
                .param("at", Timestamp.from(clock.instant())).update() == 0) {
            return;
        }
        SilenceProcedureId procedure = new SilenceProcedureId(draft.procedure());
        changes.announce(procedure);
        audit.record(AuditRecord.changed("silence.draft.effect", "silence-procedure", procedure, draft.process(),
                Map.of(), Map.of("draft", extended.decision().toString(), "effect", result)));
    }
}
