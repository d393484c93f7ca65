package org.plenary.silence;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.plenary.processes.Process;
import org.plenary.shared.LanguageVersions;
import org.springframework.modulith.NamedInterface;

/**
 * A procedure with everything its page shows: its language versions, the States eligible to object (fixed at
 * circulation), the answers received, by kind, in order of receipt, and its drafts with the answers reaching each
 * ({@code reached}: answer id → draft ids), why its deadline is closer than the process's minimum period, if the
 * officers recorded a reason for it, and the earlier decisions its drafts cite ({@code citations}: draft id → them).
 */
@NamedInterface("api")
public record ProcedureView(Process process, SilenceProcedure procedure, LanguageVersions<ProcedureText> versions,
        List<EligibleState> eligible, List<Response> objections, List<Response> amendments, List<Response> comments,
        List<DraftDecision> drafts, Map<UUID, Set<UUID>> reached, String shortPeriodReason,
        Map<UUID, List<Citation>> citations) {

    /** The earlier decisions a draft cites, in the order given. */
    public List<Citation> citationsOf(DraftDecision draft) {
        return citations.getOrDefault(draft.id(), List.of());
    }

    /** Whether the procedure carries several drafts (one drafted with a proposal alone carries one). */
    public boolean severalDrafts() {
        return drafts.size() > 1;
    }

    /** The drafts an answer reaches, in their order. */
    public List<DraftDecision> draftsOf(Response answer) {
        Set<UUID> ids = reached.getOrDefault(answer.id(), Set.of());
        return drafts.stream().filter(d -> ids.contains(d.id())).toList();
    }

    /** A State that was a State Party at circulation, and whether it objected. */
    @NamedInterface("api")
    public record EligibleState(UUID participantId, String name, boolean objected) {
    }

    static ProcedureView of(Process process, SilenceProcedure procedure, LanguageVersions<ProcedureText> versions,
            List<ProcedureRepository.Eligible> eligible, List<Response> responses, List<DraftDecision> drafts,
            Map<UUID, Set<UUID>> reached, String shortPeriodReason, Map<UUID, List<Citation>> citations) {
        List<Response> objections = responses.stream().filter(r -> r.kind() == ResponseKind.OBJECTION).toList();
        return new ProcedureView(process, procedure, versions, eligible.stream().map(e -> new EligibleState(e.participantId(),
                        e.name(), objections.stream().anyMatch(o -> o.participantId().equals(e.participantId()))))
                .toList(), objections,
                responses.stream().filter(r -> r.kind() == ResponseKind.AMENDMENT).toList(),
                responses.stream().filter(r -> r.kind() == ResponseKind.COMMENT).toList(), drafts, Map.copyOf(reached),
                shortPeriodReason, Map.copyOf(citations));
    }
}
