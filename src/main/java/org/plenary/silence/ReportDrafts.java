package org.plenary.silence;

import java.time.Instant;
import java.util.List;
import org.plenary.documents.DocumentId;
import org.plenary.processes.Process;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;

/**
 * What silence offers a module that puts one of its texts under silence in its user's request (decisions, the
 * final report): a draft procedure with one proposal and its documents, drafted by silence's own rules and
 * permissions (the officer's role, the deadline and its minimum period). Synchronous, because the request answers
 * with the procedure it drafted and a refusal (a deadline too close without a reason) is the request's own 4xx.
 */
@Service
@NamedInterface("api")
public class ReportDrafts {

    /** The proposal: its subject and text, the deadline, the documents attached, why the period is short, if it is. */
    @NamedInterface("api")
    public record Proposal(String subject, String text, Instant deadline, List<DocumentId> documents,
            String shortPeriodReason) {
    }

    private final DraftProcedure draft;

    ReportDrafts(DraftProcedure draft) {
        this.draft = draft;
    }

    /** Drafts the procedure in the current user's name: 403 unless an officer who may draft, 400 on a bad field. */
    public SilenceProcedure draft(Process process, Proposal proposal) {
        return draft.execute(new DraftProcedure.Command(process.id(), proposal.subject(), proposal.text(),
                proposal.deadline(), false, null, proposal.documents().stream().map(DocumentId::toString).toList(),
                null, null, null, proposal.shortPeriodReason()));
    }
}
