package org.plenary.documents;

import java.util.Optional;
import java.util.UUID;
import org.plenary.processes.Processes;
import org.plenary.shared.DomainException;
import org.plenary.shared.web.ReadableKeys;
import org.springframework.stereotype.Component;

/**
 * A document with a symbol has its page at its symbol, slashes kept: {@code /processes/CCM-2RC/documents/CCM/CONF/2020/WP.4}
 * ({@code documents.web.SymbolAddresses} reads the slashes); a document without a symbol keeps its id.
 */
@Component
public class DocumentKeys implements ReadableKeys {

    private final Processes processes;
    private final Documents documents;
    private final DocumentRepository repository;

    DocumentKeys(Processes processes, Documents documents, DocumentRepository repository) {
        this.processes = processes;
        this.documents = documents;
        this.repository = repository;
    }

    @Override
    public String segment() {
        return "documents";
    }

    @Override
    public Optional<UUID> id(String code, String key) {
        return processes.find(code).flatMap(p -> repository.bySymbol(p.id(), key)).map(DocumentId::value);
    }

    @Override
    public Optional<String> key(String code, UUID id) {
        try {
            return processes.find(code).map(p -> documents.require(p, new DocumentId(id)).symbol())
                    .map(DocumentSymbol::value);
        } catch (DomainException notReadable) {
            return Optional.empty();
        }
    }
}
