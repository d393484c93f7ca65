package org.plenary.documents;

import java.util.List;
import org.plenary.processes.Process;
import org.plenary.shared.MeetingId;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;

/**
 * What documents files for another module within its user's request, by the rules and permissions of documents:
 * a written statement on an agenda item and a document filed under one (from a meeting's page), the revision of a
 * document a consultation issues. Synchronous, because that request answers with what was filed (the page shows
 * the refusal on its form; the consultation's revision names the document and symbol it became, in the same
 * transaction, or nothing is issued).
 */
@Service
@NamedInterface("api")
public class Filings {

    /** A statement of the current user's delegation on an item of a meeting's agenda, of general distribution. */
    @NamedInterface("api")
    public record Statement(MeetingId meeting, String agendaItem, String title, String language, Upload file) {
    }

    private final SubmitStatement statements;
    private final LinkToAgendaItem links;
    private final IssueFollowUp followUps;

    Filings(SubmitStatement statements, LinkToAgendaItem links, IssueFollowUp followUps) {
        this.statements = statements;
        this.links = links;
        this.followUps = followUps;
    }

    /** Submits the statement: 403 unless a delegate or an officer, 400 on a bad field or file. */
    public Document submitStatement(Process process, Statement s) {
        return statements.execute(new SubmitStatement.Command(process.id(), s.meeting(), s.agendaItem(),
                s.title(), s.language(), Distribution.GENERAL, null, List.of(s.file())));
    }

    /** Files the document under the agenda item of the meeting (officers): 400 unless the meeting has that item. */
    public Document fileUnder(Process process, DocumentId document, MeetingId meeting, String agendaItem) {
        return links.execute(new LinkToAgendaItem.Command(process.id(), document, meeting, agendaItem));
    }

    /** Issues the next revision of {@code base} with its file (officers): 409 if it was revised meanwhile. */
    public Document issueRevision(Process process, DocumentId base, DocumentMetadata metadata, Upload file) {
        return followUps.execute(new IssueFollowUp.Command(process.id(), base, Relation.REVISION, metadata,
                List.of(file)));
    }
}
