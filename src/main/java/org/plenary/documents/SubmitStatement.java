package org.plenary.documents;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.plenary.audit.AuditLog;
import org.plenary.audit.AuditRecord;
import org.plenary.processes.OfficerRole;
import org.plenary.processes.Process;
import org.plenary.processes.ProcessId;
import org.plenary.processes.Processes;
import org.plenary.roster.ParticipantId;
import org.plenary.shared.Actor;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.MeetingId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A written statement on an item of a meeting's agenda, which may replace an intervention: a delegation
 * submits it in its own name (officers name who it is from). A statement has no symbol; it is a PDF or Word
 * file, of general or limited distribution.
 */
@Service
public class SubmitStatement {

    public record Command(ProcessId process, MeetingId meetingId, String agendaItem, String title, String originalLanguage,
            Distribution distribution, String submittedBy, List<Upload> files) {
    }

    private final Processes processes;
    private final DocumentRepository documents;
    private final DocumentFiles files;
    private final AgendaLinks agendaLinks;
    private final AuditLog audit;
    private final Clock clock;

    SubmitStatement(Processes processes, DocumentRepository documents, DocumentFiles files, AgendaLinks agendaLinks,
            AuditLog audit, Clock clock) {
        this.processes = processes;
        this.documents = documents;
        this.files = files;
        this.agendaLinks = agendaLinks;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Document execute(Command c) {
        Process process = processes.require(c.process());
        Actor actor = Actor.require();
        Optional<OfficerRole> role = processes.roleOf(process.id(), actor);
        DocumentPolicy.maySubmitStatement(actor, role).orForbid();
        if (c.meetingId() == null) {
            throw InvalidInputException.of("meetingId", "The meeting of the statement is required");
        }
        if (c.agendaItem() == null || c.agendaItem().isBlank()) {
            throw InvalidInputException.of("agendaItem", "The agenda item of the statement is required (5 or 5 (b))");
        }
        Distribution distribution = c.distribution() == null ? Distribution.GENERAL : c.distribution();
        if (distribution == Distribution.RESTRICTED) {
            throw InvalidInputException.of("distribution", "A statement is of GENERAL or LIMITED distribution");
        }
        String from = role.isPresent() ? c.submittedBy()
                : processes.participantName(new ParticipantId(actor.participantId())).orElseThrow();
        DocumentMetadata m = Masthead.check(new DocumentMetadata(null, c.title(), DocumentType.STATEMENT,
                distribution, c.originalLanguage(), c.agendaItem(), c.meetingId().value(), from, null), process,
                processes.today(process));
        agendaLinks.check(process.id(), m.meetingId(), m.agendaItem());
        files.checkLanguages(process, c.files(), Set.of());
        DocumentId id = new DocumentId(UUID.randomUUID());
        documents.insert(new Document(id, process.id(), null, m.title(), m.type(), m.distribution(),
                m.originalLanguage(), m.agendaItem(), m.meetingId(), m.submittedBy(), Relation.ORIGINAL, null, null,
                m.issuedOn(), clock.instant(), List.of()));
        files.store(id, c.files(), ContentTypes.STATEMENT);
        Document submitted = documents.findById(id).orElseThrow();
        audit.record(AuditRecord.created("documents.statement.submitted", "document", id, process.id().value(),
                Map.of("title", m.title(), "meeting", m.meetingId().toString(), "agendaItem", m.agendaItem(),
                        "submittedBy", String.valueOf(m.submittedBy()), "languages", submitted.languages())));
        return submitted;
    }
}
