package org.plenary.documents.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.plenary.documents.Document;
import org.plenary.documents.DocumentId;
import org.plenary.documents.DocumentType;
import org.plenary.documents.Relation;
import org.plenary.documents.web.DocumentsPage.Entry;
import org.plenary.documents.web.DocumentsPage.Group;

/**
 * Arranges the documents a reader sees as the documents page lists them: one entry per text, headed by its
 * current version, with the versions it replaced and its corrigenda, addenda and amendments; entries
 * grouped by type, newest first within a group (the page may first keep only the documents of one meeting).
 */
final class DocumentEntries {

    private DocumentEntries() {
    }

    static List<Group> groups(List<Document> visible) {
        Map<DocumentType, List<Entry>> byType = new EnumMap<>(DocumentType.class);
        entries(visible).forEach(e -> byType.computeIfAbsent(e.current().type(), t -> new ArrayList<>()).add(e));
        return byType.entrySet().stream().map(e -> new Group(e.getKey(), e.getValue())).toList();
    }

    /** The entry of the text {@code document} belongs to, among the documents the reader sees. */
    static Entry entryOf(Document document, List<Document> visible) {
        Map<DocumentId, Document> byId = byId(visible);
        Document current = document;
        while (current.supersededBy() != null && byId.containsKey(current.supersededBy())) {
            current = byId.get(current.supersededBy());
        }
        Document head = current;
        return entries(visible).stream().filter(e -> e.current().id().equals(head.id())).findFirst()
                .orElseGet(() -> new Entry(head, earlier(head, byId), List.of()));
    }

    static List<Entry> entries(List<Document> visible) {
        Map<DocumentId, Document> byId = byId(visible);
        Map<DocumentId, Entry> entries = new LinkedHashMap<>();
        Map<DocumentId, DocumentId> entryOfVersion = new LinkedHashMap<>();
        List<Document> followUps = new ArrayList<>();
        for (Document d : visible) {
            if (!d.current()) {
                continue;
            }
            List<Document> earlier = earlier(d, byId);
            Document first = earlier.isEmpty() ? d : earlier.getLast();
            if (isFollowUp(first) && byId.containsKey(first.relatedTo())) {
                followUps.add(d);
                continue;
            }
            entries.put(d.id(), new Entry(d, earlier, new ArrayList<>()));
            entryOfVersion.put(d.id(), d.id());
            earlier.forEach(e -> entryOfVersion.put(e.id(), d.id()));
        }
        for (Document d : followUps) {
            List<Document> earlier = earlier(d, byId);
            Document first = earlier.isEmpty() ? d : earlier.getLast();
            DocumentId target = entryOfVersion.get(first.relatedTo());
            if (target == null) {
                entries.put(d.id(), new Entry(d, earlier, new ArrayList<>()));
            } else {
                entries.get(target).followUps().add(d);
            }
        }
        return List.copyOf(entries.values());
    }

    /** The versions {@code document} replaced, newest first, as far as the reader sees them. */
    private static List<Document> earlier(Document document, Map<DocumentId, Document> byId) {
        List<Document> earlier = new ArrayList<>();
        for (Document d = document; d.relation() == Relation.REVISION && byId.containsKey(d.relatedTo()); ) {
            d = byId.get(d.relatedTo());
            earlier.add(d);
        }
        return earlier;
    }

    private static boolean isFollowUp(Document d) {
        return d.relation() != Relation.ORIGINAL && d.relation() != Relation.REVISION;
    }

    private static Map<DocumentId, Document> byId(List<Document> visible) {
        return visible.stream().collect(Collectors.toMap(Document::id, Function.identity()));
    }
}
