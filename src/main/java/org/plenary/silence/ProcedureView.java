package org.plenary.silence;

import java.util.List;
import java.util.UUID;
import org.plenary.processes.Process;
import org.plenary.shared.LanguageVersions;

/**
 * A procedure with everything its page shows: its language versions, the States eligible to object (fixed at
 * circulation) and the answers received, by kind, in order of receipt.
 */
public record ProcedureView(Process process, SilenceProcedure procedure, LanguageVersions<ProcedureText> versions,
        List<EligibleState> eligible, List<Response> objections, List<Response> amendments, List<Response> comments) {

    /** A State that was a State Party at circulation, and whether it objected. */
    public record EligibleState(UUID participantId, String name, boolean objected) {
    }

    static ProcedureView of(Process process, SilenceProcedure procedure, LanguageVersions<ProcedureText> versions,
            List<ProcedureRepository.Eligible> eligible, List<Response> responses) {
        List<Response> objections = responses.stream().filter(r -> r.kind() == ResponseKind.OBJECTION).toList();
        return new ProcedureView(process, procedure, versions, eligible.stream().map(e -> new EligibleState(e.participantId(),
                        e.name(), objections.stream().anyMatch(o -> o.participantId().equals(e.participantId()))))
                .toList(), objections,
                responses.stream().filter(r -> r.kind() == ResponseKind.AMENDMENT).toList(),
                responses.stream().filter(r -> r.kind() == ResponseKind.COMMENT).toList());
    }
}
