package org.plenary.consultations;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.plenary.audit.AuditLog;
import org.plenary.audit.AuditRecord;
import org.plenary.consultations.docx.DocxMasthead;
import org.plenary.consultations.docx.DraftDocx;
import org.plenary.documents.Document;
import org.plenary.documents.DocumentMetadata;
import org.plenary.documents.Documents;
import org.plenary.documents.Filings;
import org.plenary.documents.Upload;
import org.plenary.processes.Process;
import org.plenary.processes.ProcessId;
import org.plenary.processes.Processes;
import org.plenary.shared.Actor;
import org.plenary.shared.ConflictException;
import org.plenary.shared.NotFoundException;
import org.plenary.shared.web.Texts;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues the drafted revision as the next revision of the consulted document ({@code …/WP.4/Rev.1}), with the
 * masthead of the document it replaces and its text, as a Word document, as the file in the original language.
 */
@Service
public class IssueRevision {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final Processes processes;
    private final Documents documents;
    private final Filings filings;
    private final ConsultationRepository consultations;
    private final RevisionRepository revisions;
    private final AuditLog audit;
    private final Clock clock;
    private final MessageSource messages;

    IssueRevision(Processes processes, Documents documents, Filings filings,
            ConsultationRepository consultations, RevisionRepository revisions, AuditLog audit, Clock clock,
            MessageSource messages) {
        this.messages = messages;
        this.processes = processes;
        this.documents = documents;
        this.filings = filings;
        this.consultations = consultations;
        this.revisions = revisions;
        this.audit = audit;
        this.clock = clock;
    }

    /** What issuing would publish: the document revised, the symbol the revision takes, the revised text. */
    public record Plan(Document base, String symbol, Revision revision) {
    }

    /** What issuing the revision of the consultation {@code id} would publish, checked as issuing checks it. */
    @Transactional(readOnly = true)
    public Plan plan(ProcessId processId, ConsultationId id) {
        Process process = processes.require(processId);
        ConsultationPolicy.mayRevise(processes.roleOf(process.id(), Actor.require())).orForbid();
        return plan(process, consultations.find(id).filter(x -> x.process().equals(process.id()))
                .orElseThrow(() -> new NotFoundException("Consultation", id)));
    }

    @Transactional
    public Revision execute(ProcessId processId, ConsultationId id) {
        Process process = processes.require(processId);
        ConsultationPolicy.mayRevise(processes.roleOf(process.id(), Actor.require())).orForbid();
        Plan plan = plan(process, consultations.lock(id).filter(x -> x.process().equals(process.id()))
                .orElseThrow(() -> new NotFoundException("Consultation", id)));
        Document base = plan.base();
        Revision revision = plan.revision();
        DocumentMetadata metadata = new DocumentMetadata(null, base.title(), base.type(), base.distribution(),
                base.originalLanguage(), base.agendaItem(), base.meetingId(), base.submittedBy(), null);
        DocxMasthead masthead = DocxMasthead.of(Texts.written(messages, base.originalLanguage()),
                base.originalLanguage(), plan.symbol(), base.distribution(),
                processes.today(process), base.originalLanguage(), process.title());
        RevisionFile file = RevisionFile.of(masthead, base.title(), revision.text());
        Document issued = filings.issueRevision(process, base.id(), metadata, new Upload(base.originalLanguage(),
                file.name(), file.type(), new ByteArrayResource(file.content())));
        revisions.markIssued(id, issued.id(), clock.instant());
        audit.record(AuditRecord.changed("consultations.revision.issued", "consultation", id, process.id().value(),
                Map.of("status", Revision.Status.DRAFT), Map.of("status", Revision.Status.ISSUED,
                        "document", issued.id().toString(), "symbol", issued.symbol().value())));
        return revisions.find(id).orElseThrow();
    }

    private Plan plan(Process process, Consultation consultation) {
        ConsultationId id = consultation.id();
        Revision revision = revisions.find(id)
                .orElseThrow(() -> new ConflictException("No revision has been drafted for this consultation"));
        if (revision.status() == Revision.Status.ISSUED) {
            throw new ConflictException("The revision has been issued already");
        }
        if (consultation.document() == null) {
            throw new ConflictException("The consultation is on no document, so there is nothing to revise; "
                    + "publish the revised text as a new document");
        }
        Document base = documents.require(process, consultation.document());
        if (base.symbol() == null) {
            throw new ConflictException("The document consulted on has no symbol, so it cannot be revised; publish "
                    + "the revised text as a new document");
        }
        return new Plan(base, base.symbol().nextRevision().value(), revision);
    }

    /** The file of the revised text: a clean Word document with its numbered paragraphs. */
    record RevisionFile(String name, String type, byte[] content) {

        static RevisionFile of(DocxMasthead masthead, String title, List<NumberedText> text) {
            return new RevisionFile(masthead.symbol().replaceAll("[^A-Za-z0-9.]+", "-") + ".docx", DOCX,
                    DraftDocx.write(masthead, title, text.stream()
                            .map(e -> new NumberedParagraphs.Paragraph(e.ref(), e.text())).toList()));
        }
    }
}
