package org.plenary.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plenary.processes.OfficerRole;
import org.plenary.processes.Process;
import org.plenary.processes.Processes;
import org.plenary.shared.Actor;
import org.plenary.shared.MeetingId;
import org.plenary.shared.NotFoundException;
import org.plenary.shared.TextInput;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads documents as the caller may see them: what is not visible to the caller does not exist for it. */
@Service
@Transactional(readOnly = true)
@NamedInterface("api")
public class Documents {

    private final Processes processes;
    private final DocumentRepository documents;
    private final FileStore files;
    private final AgendaLinks agendaLinks;

    Documents(Processes processes, DocumentRepository documents, FileStore files, AgendaLinks agendaLinks) {
        this.agendaLinks = agendaLinks;
        this.processes = processes;
        this.documents = documents;
        this.files = files;
    }

    /** The documents of a process the caller may read, newest first. */
    public List<Document> visible(Process process) {
        Optional<Actor> actor = Actor.current();
        Optional<OfficerRole> role = actor.flatMap(a -> processes.roleOf(process.id(), a));
        return documents.findByProcess(process.id()).stream()
                .filter(d -> DocumentPolicy.mayRead(d.distribution(), actor, role))
                .toList();
    }

    /** The documents filed against a meeting that the caller may read, newest first. */
    public List<Document> ofMeeting(Process process, MeetingId meeting) {
        return visible(process).stream().filter(d -> meeting.value().equals(d.meetingId())).toList();
    }

    /** The meetings of the process that documents may be filed against, by start. */
    public List<AgendaReferences.MeetingOutline> meetings(Process process) {
        return agendaLinks.meetings(process.id());
    }

    /** One document of the process, if the caller may read it; 404 otherwise. */
    public Document require(Process process, DocumentId id) {
        Optional<Actor> actor = Actor.current();
        Optional<OfficerRole> role = actor.flatMap(a -> processes.roleOf(process.id(), a));
        return documents.findById(id)
                .filter(d -> d.process().equals(process.id()))
                .filter(d -> DocumentPolicy.mayRead(d.distribution(), actor, role))
                .orElseThrow(() -> new NotFoundException("Document", id));
    }

    /**
     * A document of the process whatever its distribution, for what the process itself decides (the attachments
     * of a letter that a decision drafts, whoever is acting): to check it belongs to the process, not to read it.
     */
    public Optional<DocumentId> ofProcess(Process process, DocumentId id) {
        return documents.findById(id).filter(d -> d.process().equals(process.id())).map(Document::id);
    }

    /**
     * The distribution of a document, whoever asks: for deciding who may see what refers to it (a consultation's
     * closing in a calendar), never to read it.
     */
    public Optional<Distribution> distribution(DocumentId id) {
        return documents.findById(id).map(Document::distribution);
    }

    /**
     * The references of documents that a letter attaches, whatever their distribution: the Presidency chose
     * to send them. Only their metadata, never their content.
     */
    public List<DocumentReference> references(List<DocumentId> ids) {
        return ids.stream().map(documents::findById).flatMap(Optional::stream).map(this::reference).toList();
    }

    /**
     * The references of those documents that every delegation may read (general and limited ones, not restricted
     * ones), for what is sent to all delegations. Only their metadata, never their content.
     */
    public List<DocumentReference> referencesForDelegations(List<DocumentId> ids) {
        return ids.stream().map(documents::findById).flatMap(Optional::stream)
                .filter(d -> d.distribution() != Distribution.RESTRICTED).map(this::reference).toList();
    }

    private DocumentReference reference(Document d) {
        String code = processes.require(d.process()).code();
        return new DocumentReference(d.id(), d.symbol() == null ? null : d.symbol().value(), d.title(),
                d.languages(), d.address(code));
    }

    /** A document that matches a search, with where it matched. */
    public record Found(Document document, List<SearchHit> hits) {
    }

    /** The visible documents whose symbol, title or text match {@code query}, best first. */
    public List<Found> search(Process process, String query) {
        String q = TextInput.line("q", query, 200);
        Map<DocumentId, Document> visible = new LinkedHashMap<>();
        visible(process).forEach(d -> visible.put(d.id(), d));
        Map<DocumentId, List<SearchHit>> hits = new LinkedHashMap<>();
        for (SearchHit hit : documents.search(process.id(), q, 200)) {
            if (visible.containsKey(hit.document())) {
                hits.computeIfAbsent(hit.document(), k -> new ArrayList<>()).add(hit);
            }
        }
        return hits.entrySet().stream().map(e -> new Found(visible.get(e.getKey()), e.getValue())).toList();
    }

    /** Writes {@code length} bytes from {@code offset} of a language file, read in this transaction. */
    public void copy(DocumentFile file, long offset, long length, OutputStream out) throws IOException {
        files.copy(file.contentOid(), offset, length, out);
    }
}
