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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Publishes a new document with its first language files. */
@Service
public class PublishDocument {

    public record Command(ProcessId process, DocumentMetadata metadata, List<Upload> files) {
    }

    private final Processes processes;
    private final DocumentRepository documents;
    private final DocumentFiles files;
    private final AuditLog audit;
    private final Clock clock;
    private final AgendaLinks agendaLinks;

    PublishDocument(Processes processes, DocumentRepository documents, DocumentFiles files, AuditLog audit,
            Clock clock, AgendaLinks agendaLinks) {
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
        DocumentMetadata m = Masthead.check(command.metadata(), process, processes.today(process));
        agendaLinks.check(process.id(), m.meetingId(), m.agendaItem());
        DocumentSymbol symbol = m.symbol() == null || m.symbol().isBlank() ? null : DocumentSymbol.parse(m.symbol());
        Masthead.checkDistribution(symbol, m.distribution());
        files.checkLanguages(process, command.files(), Set.of());
        if (command.files().stream().noneMatch(f -> m.originalLanguage().equalsIgnoreCase(f.language()))) {
            throw InvalidInputException.of(m.originalLanguage(),
                    "The file in the original language (" + m.originalLanguage() + ") is required");
        }
        if (symbol != null && documents.symbolExists(symbol)) {
            throw new ConflictException("A document with the symbol " + symbol + " already exists")
                    .withKey("refusal.documents.symbolExists", symbol);
        }
        DocumentId id = new DocumentId(UUID.randomUUID());
        documents.insert(new Document(id, process.id(), symbol, m.title(), m.type(), m.distribution(),
                m.originalLanguage(), m.agendaItem(), m.meetingId(), m.submittedBy(), Relation.ORIGINAL, null, null,
                m.issuedOn(), clock.instant(), List.of()));
        files.store(id, command.files());
        Document published = documents.findById(id).orElseThrow();
        audit.record(AuditRecord.created("documents.document.published", "document", id, process.id().value(),
                Map.of("symbol", String.valueOf(symbol), "title", m.title(), "distribution", m.distribution(),
                        "languages", published.languages())));
        return published;
    }
}
