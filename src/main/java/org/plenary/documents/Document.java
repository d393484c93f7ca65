package org.plenary.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.plenary.processes.ProcessId;
import org.springframework.modulith.NamedInterface;

/**
 * A document of a process with its masthead facts and its language versions. {@code relatedTo} is the
 * document a revision replaces or a corrigendum, addendum or amendment completes.
 */
@NamedInterface("api")
public record Document(DocumentId id, ProcessId process, DocumentSymbol symbol, String title, DocumentType type,
        Distribution distribution, String originalLanguage, String agendaItem, UUID meetingId, String submittedBy,
        Relation relation, DocumentId relatedTo, DocumentId supersededBy, LocalDate issuedOn, Instant createdAt,
        List<DocumentFile> files) {

    /** The address of the document's page in the process with this code: its symbol, slashes kept, else its id. */
    public String address(String processCode) {
        return "/processes/" + processCode + "/documents/" + (symbol == null ? id.value() : symbol.value());
    }


    public Optional<DocumentFile> file(String language) {
        return files.stream().filter(f -> f.language().equals(language)).findFirst();
    }

    public List<String> languages() {
        return files.stream().map(DocumentFile::language).toList();
    }

    public boolean current() {
        return supersededBy == null;
    }
}
