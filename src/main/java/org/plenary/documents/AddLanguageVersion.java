package org.plenary.documents;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.plenary.audit.AuditLog;
import org.plenary.audit.AuditRecord;
import org.plenary.processes.Process;
import org.plenary.processes.ProcessId;
import org.plenary.processes.Processes;
import org.plenary.shared.Actor;
import org.plenary.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Adds language versions (translations) to a document that has been published. */
@Service
public class AddLanguageVersion {

    public record Command(ProcessId process, DocumentId document, List<Upload> files) {
    }

    private final Processes processes;
    private final DocumentRepository documents;
    private final DocumentFiles files;
    private final AuditLog audit;

    AddLanguageVersion(Processes processes, DocumentRepository documents, DocumentFiles files, AuditLog audit) {
        this.processes = processes;
        this.documents = documents;
        this.files = files;
        this.audit = audit;
    }

    @Transactional
    public Document execute(Command command) {
        Process process = processes.require(command.process());
        DocumentPolicy.mayPublish(processes.roleOf(process.id(), Actor.require())).orForbid();
        Document document = documents.findForUpdate(command.document())
                .filter(d -> d.process().equals(process.id()))
                .orElseThrow(() -> new NotFoundException("Document", command.document()));
        files.checkLanguages(process, command.files(), Set.copyOf(document.languages()));
        files.store(document.id(), command.files());
        Document updated = documents.findById(document.id()).orElseThrow();
        audit.record(AuditRecord.changed("documents.document.languages-added", "document", document.id(),
                process.id().value(), Map.of("languages", document.languages()),
                Map.of("languages", updated.languages())));
        return updated;
    }
}
