package org.plenary.documents.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.plenary.documents.AddLanguageVersion;
import org.plenary.documents.Distribution;
import org.plenary.documents.Document;
import org.plenary.documents.DocumentId;
import org.plenary.documents.DocumentMetadata;
import org.plenary.documents.DocumentType;
import org.plenary.documents.Documents;
import org.plenary.documents.IssueFollowUp;
import org.plenary.documents.PublishDocument;
import org.plenary.documents.Relation;
import org.plenary.documents.Upload;
import org.plenary.processes.Process;
import org.plenary.processes.ProcessId;
import org.plenary.processes.Processes;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.web.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;

@RestController
@RequestMapping("/api/v1/processes/{pid}/documents")
@Tag(name = "Documents", description = "Documents with UN symbols, revisions and language versions")
class DocumentApiController {

    /** The {@code metadata} part of an upload. */
    record MetadataRequest(String symbol, String title, DocumentType type, Distribution distribution,
            String originalLanguage, String agendaItem, UUID meetingId, String submittedBy, LocalDate issuedOn,
            Relation relation) {

        DocumentMetadata metadata() {
            return new DocumentMetadata(symbol, title, type, distribution, originalLanguage, agendaItem, meetingId,
                    submittedBy, issuedOn);
        }
    }

    private final Processes processes;
    private final Documents documents;
    private final PublishDocument publish;
    private final IssueFollowUp followUp;
    private final AddLanguageVersion addLanguages;
    private final ObjectMapper json;

    DocumentApiController(Processes processes, Documents documents, PublishDocument publish, IssueFollowUp followUp,
            AddLanguageVersion addLanguages, ObjectMapper json) {
        this.processes = processes;
        this.documents = documents;
        this.publish = publish;
        this.followUp = followUp;
        this.addLanguages = addLanguages;
        this.json = json;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(operationId = "publishDocument",
            summary = "Publish a document: part 'metadata' (JSON) and one file part per language code (officers)")
    ResponseEntity<DocumentResponse> publish(@PathVariable ProcessId pid, @RequestPart("metadata") String metadata,
            MultipartHttpServletRequest request) {
        Document d = publish.execute(new PublishDocument.Command(pid, parse(metadata).metadata(), uploads(request)));
        return created(d);
    }

    @PostMapping(path = "/{did}/revisions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(operationId = "reviseDocument",
            summary = "Issue the next revision (/Rev.n) that supersedes the document; with 'relation' in the "
            + "metadata also a CORRIGENDUM, ADDENDUM or AMENDMENT (officers)")
    ResponseEntity<DocumentResponse> revise(@PathVariable ProcessId pid, @PathVariable String did,
            @RequestPart("metadata") String metadata, MultipartHttpServletRequest request) {
        MetadataRequest m = parse(metadata);
        Document d = followUp.execute(new IssueFollowUp.Command(pid, DocumentId.parse(did),
                m.relation() == null ? Relation.REVISION : m.relation(), m.metadata(), uploads(request)));
        return created(d);
    }

    @PostMapping(path = "/{did}/languages", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(operationId = "addLanguageVersions",
            summary = "Add language versions to a document: one file part per language code (officers)")
    DocumentResponse addLanguages(@PathVariable ProcessId pid, @PathVariable String did,
            MultipartHttpServletRequest request) {
        Document d = addLanguages.execute(new AddLanguageVersion.Command(pid, DocumentId.parse(did), uploads(request)));
        return response(processes.require(pid), d);
    }

    @GetMapping
    @Operation(operationId = "listDocuments",
            summary = "The documents of a process the caller may read, newest first; ?symbol= finds one symbol; "
            + "?q= searches symbols, titles and the text of the files (in each file's language), best match first; "
            + "pages of ?size= (default 100) with a Link rel=\"next\" header while more follow")
    ResponseEntity<List<DocumentResponse>> list(@PathVariable ProcessId pid,
            @RequestParam(required = false) String symbol, @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        PageRequest paging = PageRequest.of(page, size);
        Process process = processes.require(pid);
        List<Document> visible = documents.visible(process);
        RevisionChains chains = RevisionChains.among(visible);
        if (q != null) {
            return paging.respond(documents.search(process, q).stream()
                    .skip(paging.offset()).limit(paging.limitWithLookahead())
                    .map(f -> DocumentResponse.of(f.document(), chains.of(f.document()),
                            f.hits().stream().map(h -> new DocumentResponse.MatchResponse(h.language(), h.snippet()))
                                    .toList()))
                    .toList());
        }
        return paging.respond(visible.stream()
                .filter(d -> symbol == null || (d.symbol() != null && d.symbol().value().equalsIgnoreCase(symbol.strip())))
                .skip(paging.offset()).limit(paging.limitWithLookahead())
                .map(d -> DocumentResponse.of(d, chains.of(d)))
                .toList());
    }

    @GetMapping("/{did}")
    @Operation(operationId = "getDocument", summary = "One document with its languages and revisions")
    DocumentResponse get(@PathVariable ProcessId pid, @PathVariable String did) {
        Process process = processes.require(pid);
        return response(process, documents.require(process, DocumentId.parse(did)));
    }

    private DocumentResponse response(Process process, Document d) {
        return DocumentResponse.of(d, RevisionChains.among(documents.visible(process)).of(d));
    }

    private ResponseEntity<DocumentResponse> created(Document d) {
        Process process = processes.require(d.process());
        return ResponseEntity.created(URI.create("/api/v1/processes/" + d.process() + "/documents/" + d.id()))
                .body(response(process, d));
    }

    private MetadataRequest parse(String metadata) {
        MetadataRequest request;
        try {
            request = json.readValue(metadata, MetadataRequest.class);
        } catch (JacksonException e) {
            request = null;
        }
        if (request == null) {
            throw InvalidInputException.of("metadata", "The metadata part is not valid JSON of a document's metadata");
        }
        return request;
    }

    static List<Upload> uploads(MultipartHttpServletRequest request) {
        return request.getMultiFileMap().entrySet().stream()
                .filter(e -> !e.getKey().equals("metadata"))
                .flatMap(e -> e.getValue().stream().map(f -> upload(e.getKey(), f)))
                .toList();
    }

    private static Upload upload(String language, MultipartFile file) {
        return new Upload(language, file.getOriginalFilename(), file.getContentType(), file);
    }
}
