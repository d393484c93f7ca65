package org.plenary.documents.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.plenary.documents.Document;
import org.plenary.documents.DocumentId;
import org.plenary.documents.Relation;

/**
 * The revision chains (original, Rev.1, Rev.2, …) among the documents a caller sees. Indexed once per
 * request: a list of n documents asks for n chains.
 */
final class RevisionChains {

    private final Map<DocumentId, Document> byId;

    private RevisionChains(List<Document> visible) {
        this.byId = visible.stream().collect(Collectors.toMap(Document::id, Function.identity()));
    }

    static RevisionChains among(List<Document> visible) {
        return new RevisionChains(visible);
    }

    /** The chain {@code document} belongs to, or nothing when it has no visible revision. */
    List<Document> of(Document document) {
        Document first = document;
        while (first.relation() == Relation.REVISION && byId.containsKey(first.relatedTo())) {
            first = byId.get(first.relatedTo());
        }
        List<Document> chain = new ArrayList<>(List.of(first));
        for (Document next = first; next.supersededBy() != null && byId.containsKey(next.supersededBy()); ) {
            next = byId.get(next.supersededBy());
            chain.add(next);
        }
        return chain.size() > 1 ? chain : List.of();
    }
}
