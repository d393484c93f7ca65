package org.plenary.documents.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.UUID;
import org.plenary.documents.Distribution;
import org.plenary.documents.Document;
import org.plenary.documents.DocumentId;
import org.plenary.documents.Documents;
import org.plenary.documents.LinkToAgendaItem;
import org.plenary.documents.SubmitStatement;
import org.plenary.processes.Process;
import org.plenary.processes.ProcessId;
import org.plenary.processes.Processes;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.MeetingId;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

/** Documents filed against the agenda of a meeting: written statements of delegations, and links by officers. */
@RestController
@RequestMapping("/api/v1/processes/{pid}/documents")
@Tag(name = "Documents", description = "Documents with UN symbols, revisions and language versions")
class DocumentFilingApiController {

    /** The {@code metadata} part of a statement. */
    record StatementRequest(String title, UUID meetingId, String agendaItem, String originalLanguage,
            Distribution distribution, String submittedBy) {
    }

    record AgendaLink(UUID meetingId, String agendaItem) {
    }

    private final Processes processes;
    private final Documents documents;
    private final SubmitStatement submit;
    private final LinkToAgendaItem link;
    private final ObjectMapper json;

    DocumentFilingApiController(Processes processes, Documents documents, SubmitStatement submit,
            LinkToAgendaItem link, ObjectMapper json) {
        this.processes = processes;
        this.documents = documents;
        this.submit = submit;
        this.link = link;
        this.json = json;
    }

    @PostMapping(path = "/statements", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(operationId = "submitStatement",
            summary = "Submit a written statement on an agenda item of a meeting: part 'metadata' (JSON: title, "
            + "meetingId, agendaItem, originalLanguage, distribution GENERAL or LIMITED) and one PDF or DOCX part "
            + "per language code; a delegate submits for its delegation (delegates, officers)")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<DocumentResponse> statement(@PathVariable ProcessId pid, @RequestPart("metadata") String metadata,
            MultipartHttpServletRequest request) {
        StatementRequest m = parse(metadata);
        Document d = submit.execute(new SubmitStatement.Command(pid, meeting(m.meetingId()), m.agendaItem(), m.title(),
                m.originalLanguage(), m.distribution(), m.submittedBy(), DocumentApiController.uploads(request)));
        Process process = processes.require(pid);
        return ResponseEntity.created(URI.create("/api/v1/processes/" + d.process() + "/documents/" + d.id()))
                .body(DocumentResponse.of(d, RevisionChains.among(documents.visible(process)).of(d)));
    }

    @PutMapping("/{did}/agenda-item")
    @Operation(operationId = "linkDocumentToAgendaItem",
            summary = "File a document against an agenda item of a meeting, or against none with an empty "
            + "body (officers)")
    DocumentResponse file(@PathVariable ProcessId pid, @PathVariable String did, @RequestBody AgendaLink r) {
        Document d = link.execute(new LinkToAgendaItem.Command(pid, DocumentId.parse(did), meeting(r.meetingId()),
                r.agendaItem()));
        return DocumentResponse.of(d, RevisionChains.among(documents.visible(processes.require(pid))).of(d));
    }

    private StatementRequest parse(String metadata) {
        StatementRequest request;
        try {
            request = json.readValue(metadata, StatementRequest.class);
        } catch (JacksonException e) {
            request = null;
        }
        if (request == null) {
            throw InvalidInputException.of("metadata", "The metadata part is not valid JSON of a statement");
        }
        return request;
    }

    private static MeetingId meeting(UUID id) {
        return id == null ? null : new MeetingId(id);
    }
}
