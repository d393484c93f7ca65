package org.plenary.documents.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.plenary.documents.AgendaReferences;
import org.plenary.documents.Document;
import org.plenary.documents.DocumentId;
import org.plenary.documents.Documents;
import org.plenary.documents.PublicLetters;
import org.plenary.documents.web.DocumentsPage.Result;
import org.plenary.processes.Process;
import org.plenary.processes.ProcessId;
import org.plenary.processes.Processes;
import org.plenary.shared.Actor;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.NotFoundException;
import org.plenary.shared.web.PageController;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The documents page of a process and the page of each document, readable without signing in: everyone
 * sees the general documents, those entitled the limited and restricted ones too. Officers find their
 * forms there.
 */
@PageController
class DocumentPagesController {

    private final Processes processes;
    private final Documents documents;
    private final ObjectProvider<PublicLetters> publicLetters;

    DocumentPagesController(Processes processes, Documents documents, ObjectProvider<PublicLetters> publicLetters) {
        this.processes = processes;
        this.documents = documents;
        this.publicLetters = publicLetters;
    }

    @GetMapping("/processes/{code}/documents")
    String list(@PathVariable ProcessId code, @RequestParam(required = false) String q,
            @RequestParam(required = false) String meeting, Model model, HttpServletResponse response) {
        Process process = processes.require(code);
        List<AgendaReferences.MeetingOutline> meetings = documents.meetings(process);
        AgendaReferences.MeetingOutline selected = meeting == null || meeting.isBlank() ? null
                : meetings.stream().filter(m -> m.id().toString().equalsIgnoreCase(meeting.strip())).findFirst()
                        .orElseThrow(() -> new NotFoundException("Meeting", meeting));
        List<Document> shown = documents.visible(process).stream()
                .filter(d -> selected == null || selected.id().equals(d.meetingId())).toList();
        String query = q == null || q.isBlank() ? null : q.strip();
        String searchError = null;
        List<Result> results = List.of();
        if (query != null) {
            try {
                results = documents.search(process, query).stream()
                        .map(f -> new Result(f.document(), f.hits().stream()
                                .map(h -> Snippet.of(h.language(), h.snippet())).toList()))
                        .toList();
            } catch (InvalidInputException e) {
                searchError = e.getMessage();
                response.setStatus(HttpStatus.BAD_REQUEST.value());
            }
        }
        model.addAttribute("documents", new DocumentsPage(process, officer(process),
                DocumentEntries.groups(shown), query, searchError, results,
                selected != null ? List.of() : publicLetters.orderedStream().flatMap(p -> p.of(process).stream()).toList(),
                meetings, selected));
        return "documents/list";
    }

    @GetMapping("/processes/{code}/documents/{id}")
    String document(@PathVariable ProcessId code, @PathVariable String id, Model model) {
        Process process = processes.require(code);
        Document document = documents.require(process, DocumentId.parse(id));
        model.addAttribute("document", new DocumentPage(process, officer(process), document,
                DocumentEntries.entryOf(document, documents.visible(process))));
        return "documents/document";
    }

    private boolean officer(Process process) {
        return Actor.current().flatMap(a -> processes.roleOf(process.id(), a)).isPresent();
    }
}
