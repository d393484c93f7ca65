package org.plenary.consultations.web;

import io.swagger.v3.oas.annotations.Operation;
import org.plenary.processes.ProcessId;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import org.plenary.consultations.CloseConsultation;
import org.plenary.consultations.CompileConsultation;
import org.plenary.consultations.Consultation;
import org.plenary.consultations.ConsultationId;
import org.plenary.consultations.Consultations;
import org.plenary.consultations.DraftRevision;
import org.plenary.consultations.ExtendConsultation;
import org.plenary.consultations.IssueRevision;
import org.plenary.consultations.NumberedText;
import org.plenary.consultations.OpenConsultation;
import org.plenary.consultations.Revision;
import org.plenary.consultations.SubmitViews;
import org.plenary.consultations.web.ConsultationResponses.CompilationResponse;
import org.plenary.consultations.web.ConsultationResponses.ConsultationResponse;
import org.plenary.consultations.web.ConsultationResponses.RevisionResponse;
import org.plenary.consultations.web.ConsultationResponses.SubmissionResponse;
import org.plenary.processes.Process;
import org.plenary.processes.Processes;
import org.plenary.roster.ParticipantId;
import org.plenary.shared.ForbiddenException;
import org.plenary.shared.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/processes/{pid}/consultations")
@Tag(name = "Consultations", description = "Views of the delegations on the elements of a draft text, their "
        + "compilation and the revised text")
class ConsultationApiController {

    record NewConsultation(String title, String documentId, OffsetDateTime opens, OffsetDateTime closes,
            List<NumberedText> elements, List<NumberedText> questions) {
    }

    record Closing(String reason) {
    }

    record Extension(OffsetDateTime closes) {
    }

    /** The views; {@code version}, if given, the version they replace (0: none), refused with 409 if stale. */
    record Views(List<SubmitViews.PositionInput> positions, List<SubmitViews.MissingInput> missing,
            List<SubmitViews.AnswerInput> answers, SubmitViews.GroupInput onBehalfOf, Integer version) {
    }

    record RevisionDraft(List<DraftRevision.Choice> elements, List<DraftRevision.Addition> added) {
    }

    private final Processes processes;
    private final Consultations consultations;
    private final OpenConsultation open;
    private final SubmitViews submit;
    private final CloseConsultation close;
    private final ExtendConsultation extend;
    private final CompileConsultation compile;
    private final DraftRevision draft;
    private final IssueRevision issue;

    ConsultationApiController(Processes processes, Consultations consultations, OpenConsultation open,
            SubmitViews submit, CloseConsultation close, ExtendConsultation extend, CompileConsultation compile,
            DraftRevision draft, IssueRevision issue) {
        this.processes = processes;
        this.consultations = consultations;
        this.open = open;
        this.submit = submit;
        this.close = close;
        this.extend = extend;
        this.compile = compile;
        this.draft = draft;
        this.issue = issue;
    }

    @PostMapping
    @Operation(operationId = "openConsultation",
            summary = "Open a consultation on elements and guiding questions, with unique references (officers)")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ConsultationResponse> create(@PathVariable ProcessId pid, @RequestBody NewConsultation r) {
        Consultation c = open.execute(new OpenConsultation.Command(pid, r.title(), r.documentId(),
                r.opens() == null ? null : r.opens().toInstant(), r.closes() == null ? null : r.closes().toInstant(),
                r.elements(), r.questions()));
        return ResponseEntity.created(URI.create("/api/v1/processes/" + c.process() + "/consultations/" + c.id()))
                .body(ConsultationResponse.of(c, consultations.status(c)));
    }

    @PostMapping(path = "/paragraphs", consumes = "multipart/form-data")
    @Operation(operationId = "numberParagraphs",
            summary = "Read the numbered paragraphs (1., 12 (d), Word's automatic numbering) of a DOCX or text "
            + "file sent as the part 'file', to open a consultation on them; nothing is stored (officers)")
    List<NumberedText> paragraphs(@PathVariable ProcessId pid, @RequestPart("file") MultipartFile file) {
        if (!consultations.runs(processes.require(pid))) {
            throw new ForbiddenException("Only the Presidency and the Secretariat of the process may run consultations");
        }
        return ConsultationForms.paragraphs(file);
    }

    @GetMapping
    @Operation(operationId = "listConsultations",
            summary = "The consultations of the process, the latest closing first")
    List<ConsultationResponse> list(@PathVariable ProcessId pid) {
        return consultations.of(processes.require(pid)).stream()
                .map(c -> ConsultationResponse.of(c, consultations.status(c))).toList();
    }

    @GetMapping("/{cid}")
    @Operation(operationId = "getConsultation", summary = "One consultation with its status, elements and questions")
    ConsultationResponse get(@PathVariable ProcessId pid, @PathVariable String cid) {
        Consultation c = consultations.require(processes.require(pid), ConsultationId.parse(cid));
        return ConsultationResponse.of(c, consultations.status(c), consultations.versions(c));
    }

    @PostMapping("/{cid}/close")
    @Operation(operationId = "closeConsultation",
            summary = "Close an open consultation now, with its reason (required, 400 without), recorded, shown and "
            + "sent to the delegations by e-mail (officers)")
    ConsultationResponse close(@PathVariable ProcessId pid, @PathVariable String cid,
            @RequestBody(required = false) Closing body) {
        Consultation c = close.execute(pid, ConsultationId.parse(cid), body == null ? null : body.reason());
        return ConsultationResponse.of(c, consultations.status(c));
    }

    @PostMapping("/{cid}/extend")
    @Operation(operationId = "extendConsultation",
            summary = "Move the closing time later; the delegations are told by e-mail (officers)")
    ConsultationResponse extend(@PathVariable ProcessId pid, @PathVariable String cid, @RequestBody Extension r) {
        Consultation c = extend.execute(pid, ConsultationId.parse(cid), r.closes() == null ? null : r.closes().toInstant());
        return ConsultationResponse.of(c, consultations.status(c));
    }

    @PutMapping("/{cid}/submissions/mine")
    @Operation(operationId = "submitViews",
            summary = "Replace the views of the delegate's participant while the consultation is open (delegates)")
    SubmissionResponse submit(@PathVariable ProcessId pid, @PathVariable String cid, @RequestBody Views r) {
        return SubmissionResponse.of(submit.execute(new SubmitViews.Command(pid, ConsultationId.parse(cid),
                r.positions(), r.missing(), r.answers(), r.onBehalfOf(), r.version())));
    }

    @GetMapping("/{cid}/submissions/mine")
    @Operation(operationId = "getOwnSubmission",
            summary = "What the delegate's participant submitted; 404 before its first submission (delegates)")
    SubmissionResponse mine(@PathVariable ProcessId pid, @PathVariable String cid) {
        return consultations.mine(processes.require(pid), ConsultationId.parse(cid)).map(SubmissionResponse::of)
                .orElseThrow(() -> new NotFoundException("Submission of your delegation to consultation", cid));
    }

    @GetMapping("/{cid}/submissions/mine/history")
    @Operation(operationId = "getOwnSubmissionHistory",
            summary = "Every version the delegate's participant submitted, newest first, with who and when")
    List<Consultations.Version> history(@PathVariable ProcessId pid, @PathVariable String cid) {
        return consultations.myHistory(processes.require(pid), ConsultationId.parse(cid));
    }

    @GetMapping("/{cid}/submissions/{participantId}/history")
    @Operation(operationId = "getSubmissionHistory",
            summary = "Every version a participant submitted, newest first, with who and when (officers)")
    List<Consultations.Version> historyOf(@PathVariable ProcessId pid, @PathVariable String cid,
            @PathVariable String participantId) {
        return consultations.history(processes.require(pid), ConsultationId.parse(cid),
                ParticipantId.parse(participantId));
    }

    @GetMapping("/{cid}/compilation")
    @Operation(operationId = "getCompilation",
            summary = "The compilation: per element the counts and positions with word-level changes; missing "
            + "elements and answers; ?category= limits it to a category, ?stance= the positions listed (officers)")
    CompilationResponse compilation(@PathVariable ProcessId pid, @PathVariable String cid,
            @RequestParam(required = false) String category, @RequestParam(required = false) String stance) {
        Process process = processes.require(pid);
        Consultation c = consultations.require(process, ConsultationId.parse(cid));
        return CompilationResponse.of(compile.execute(pid, c.id(), CompilationFilters.parse(category, stance)),
                consultations.status(c));
    }

    @PutMapping("/{cid}/revision")
    @Operation(operationId = "draftRevision",
            summary = "Draft the revised text once closed: per element BASE, PROPOSAL (positionId), OWN (text) or "
            + "DELETED, with the views that motivated it; added elements after a given one (Presidency)")
    RevisionResponse draft(@PathVariable ProcessId pid, @PathVariable String cid, @RequestBody RevisionDraft r) {
        Revision revision = draft.execute(new DraftRevision.Command(pid, ConsultationId.parse(cid), r.elements(),
                r.added()));
        return RevisionResponse.of(revision, consultations.citable(processes.require(pid), revision.consultation()));
    }

    @GetMapping("/{cid}/revision")
    @Operation(operationId = "getRevisionDraft",
            summary = "The revision drafted or issued from the consultation, each element with the views that "
            + "motivated it (officers)")
    RevisionResponse revision(@PathVariable ProcessId pid, @PathVariable String cid) {
        Process process = processes.require(pid);
        return consultations.revision(process, ConsultationId.parse(cid))
                .map(r -> RevisionResponse.of(r, consultations.citable(process, r.consultation())))
                .orElseThrow(() -> new NotFoundException("Revision of consultation", cid));
    }

    @PostMapping("/{cid}/revision/issue")
    @Operation(operationId = "issueRevision",
            summary = "Issue the drafted revision as the next revision of the consulted document (Presidency)")
    RevisionResponse issue(@PathVariable ProcessId pid, @PathVariable String cid) {
        Revision revision = issue.execute(pid, ConsultationId.parse(cid));
        return RevisionResponse.of(revision, consultations.citable(processes.require(pid), revision.consultation()));
    }
}
