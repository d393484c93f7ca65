package org.plenary.documents;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.plenary.audit.AuditLog;
import org.plenary.audit.AuditRecord;
import org.plenary.processes.Process;
import org.plenary.processes.ProcessId;
import org.plenary.processes.Processes;
import org.plenary.shared.Actor;
import org.plenary.shared.ConflictException;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues a revision, corrigendum, addendum or amendment of a document. Its symbol follows from the
 * document's ({@code WP.4} → {@code WP.4/Rev.1}); a revision supersedes the text it revises.
 */
@Service
public class IssueFollowUp {

    public record Command(ProcessId process, DocumentId document, Relation relation, DocumentMetadata metadata,
            List<Upload> files) {
    }

    private final Processes processes;
    private final DocumentRepository documents;
    private final DocumentFiles files;
    private final AuditLog audit;
    private final Clock clock;
    private final AgendaLinks agendaLinks;

    IssueFollowUp(Processes processes, DocumentRepository documents, DocumentFiles files, AuditLog audit, Clock clock,
            AgendaLinks agendaLinks) {
        this.agendaLinks = agendaLinks;
        this.processes = processes;
        this.documents = documents;
        this.files = files;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Document execute(Command command) {
        Process process = processes.require(command.process());
        DocumentPolicy.mayPublish(processes.roleOf(process.id(), Actor.require())).orForbid();
        if (command.relation() == null || command.relation() == Relation.ORIGINAL) {
            throw InvalidInputException.of("relation", "A follow-up is a REVISION, CORRIGENDUM, ADDENDUM or AMENDMENT");
        }
        Document previous = documents.findForUpdate(command.document())
                .filter(d -> d.process().equals(process.id()))
                .orElseThrow(() -> new NotFoundException("Document", command.document()));
        if (previous.symbol() == null) {
            throw new ConflictException("A document without a symbol cannot be revised or completed");
        }
        if (!previous.current()) {
            throw new ConflictException(previous.symbol() + " has been superseded; follow up on its latest revision");
        }
        DocumentMetadata m = Masthead.check(command.metadata(), process, processes.today(process));
        agendaLinks.check(process.id(), m.meetingId(), m.agendaItem());
        DocumentSymbol symbol = command.relation() == Relation.REVISION ? previous.symbol().nextRevision()
                : previous.symbol().with(command.relation().suffix(),
                        documents.countRelated(previous.id(), command.relation()) + 1);
        Masthead.checkDistribution(symbol, m.distribution());
        files.checkLanguages(process, command.files(), Set.of());
        if (documents.symbolExists(symbol)) {
            throw new ConflictException("A document with the symbol " + symbol + " already exists")
                    .withKey("refusal.documents.symbolExists", symbol);
        }
        DocumentId id = new DocumentId(UUID.randomUUID());
        documents.insert(new Document(id, process.id(), symbol, m.title(), m.type(), m.distribution(),
                m.originalLanguage(), m.agendaItem(), m.meetingId(), m.submittedBy(), command.relation(),
                previous.id(), null, m.issuedOn(), clock.instant(), List.of()));
        files.store(id, command.files());
        if (command.relation() == Relation.REVISION && !documents.supersede(previous.id(), id)) {
            throw new ConflictException(previous.symbol() + " was revised at the same time by someone else");
        }
        Document issued = documents.findById(id).orElseThrow();
        audit.record(AuditRecord.created("documents.document." + command.relation().name().toLowerCase(), "document",
                id, process.id().value(), Map.of("symbol", symbol.value(), "follows", previous.symbol().value(),
                        "languages", issued.languages())));
        return issued;
    }
}
