package org.plenary.silence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plenary.processes.Process;
import org.plenary.roster.DeadlineExtensionDecided;
import org.plenary.roster.ParticipantId;
import org.plenary.shared.LanguageVersions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Publishes one {@link DraftAdopted} per draft adopted at a procedure's deadline, with its text in every language:
 * a procedure with one draft has the versions of its proposal, a draft among several its own. A draft without a
 * symbol of its own is cited by its procedure's reference ({@code SP.1}). A draft that extends a State's obligation
 * deadline is also published to the roster as {@link DeadlineExtensionDecided}.
 */
@Component
class DraftsAdopted {

    private final ProcedureVersionRepository procedureVersions;
    private final DraftRepository drafts;
    private final ApplicationEventPublisher events;

    DraftsAdopted(ProcedureVersionRepository procedureVersions, DraftRepository drafts,
            ApplicationEventPublisher events) {
        this.procedureVersions = procedureVersions;
        this.drafts = drafts;
        this.events = events;
    }

    void publish(Process process, SilenceProcedure p, List<DraftDecision> adopted) {
        LanguageVersions<ProcedureText> procedure = procedureVersions.of(p);
        boolean only = drafts.of(p.id()).size() == 1;
        for (DraftDecision d : adopted) {
            Map<String, String> texts = new LinkedHashMap<>();
            texts.put(procedure.original(), d.text());
            Map<String, ProcedureText> versions = only ? procedure.versions() : drafts.versions(d.id());
            versions.forEach((language, text) -> texts.put(language, text.proposal()));
            String symbol = d.symbol() != null ? d.symbol() : p.reference();
            events.publishEvent(new DraftAdopted(process.id(), p.id(), d.id(), symbol, d.title(), d.text(),
                    procedure.original(), Map.copyOf(texts), p.deadline()));
            if (d.extension() != null) {
                events.publishEvent(new DeadlineExtensionDecided(process.treaty(),
                        d.extension().participant(), d.extension().article(),
                        d.extension().deadline(), d.id(), d.label(), p.deadline()));
            }
        }
    }
}
