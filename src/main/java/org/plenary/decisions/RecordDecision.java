package org.plenary.decisions;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.plenary.audit.AuditLog;
import org.plenary.audit.AuditRecord;
import org.plenary.silence.DraftAdopted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Records a draft decision in the register when silence adopts it, with its text in every language it has and a
 * period for statements of {@link #STATEMENT_PERIOD} from its adoption. Once: an adoption delivered again finds its
 * draft recorded and changes nothing.
 */
@Component
class RecordDecision {

    /** How long after its adoption States Parties may attach statements to a decision, unless the officers say. */
    static final Duration STATEMENT_PERIOD = Duration.ofDays(30);

    private final DecisionRepository decisions;
    private final AuditLog audit;
    private final Clock clock;

    RecordDecision(DecisionRepository decisions, AuditLog audit, Clock clock) {
        this.decisions = decisions;
        this.audit = audit;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(DraftAdopted adopted) {
        Decision decision = new Decision(new DecisionId(adopted.draftId()), adopted.processId(),
                adopted.procedureId(), adopted.draftId(), adopted.symbol(), adopted.title(),
                adopted.language(), adopted.text(), adopted.adoptedAt(), adopted.adoptedAt().plus(STATEMENT_PERIOD));
        Map<String, String> versions = new LinkedHashMap<>(adopted.versions() == null ? Map.of() : adopted.versions());
        versions.remove(adopted.language());
        if (!decisions.insertOnce(decision, versions, clock.instant())) {
            return;
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("symbol", String.valueOf(decision.symbol()));
        after.put("title", decision.title());
        after.put("procedure", decision.procedure().toString());
        after.put("draft", decision.draft().toString());
        after.put("adoptedAt", decision.adoptedAt().toString());
        after.put("languages", versions.keySet());
        audit.record(AuditRecord.created("decisions.decision.recorded", "decision", decision.id(),
                adopted.processId().value(), after));
    }
}
