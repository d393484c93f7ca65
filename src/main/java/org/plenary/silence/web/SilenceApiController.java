package org.plenary.silence.web;

import io.swagger.v3.oas.annotations.Operation;
import org.plenary.processes.ProcessId;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.plenary.processes.Process;
import org.plenary.processes.Processes;
import org.plenary.shared.NotFoundException;
import org.plenary.silence.CirculateProcedure;
import org.plenary.silence.DraftCitations;
import org.plenary.silence.DraftProcedure;
import org.plenary.silence.EditProcedure;
import org.plenary.silence.Effect;
import org.plenary.silence.LiveProcedures;
import org.plenary.silence.ProposeAmendment;
import org.plenary.silence.Receipt;
import org.plenary.silence.Receipts;
import org.plenary.silence.RecordComment;
import org.plenary.silence.RecordObjection;
import org.plenary.silence.SilenceProcedure;
import org.plenary.silence.SilenceProcedureId;
import org.plenary.silence.SilenceProcedures;
import org.plenary.silence.WithdrawProcedure;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.ObjectMapper;

@RestController
@RequestMapping("/api/v1/processes/{pid}/silence-procedures")
@Tag(name = "Silence procedures", description = "Tacit adoption: proposals, deadlines, objections and outcomes")
class SilenceApiController {

    record NewEffect(Effect.Type type, String meetingId, OffsetDateTime start, OffsetDateTime end,
            String participantId, String article, LocalDate deadline) {

        DraftProcedure.EffectRequest request() {
            return new DraftProcedure.EffectRequest(type, meetingId, start == null ? null : start.toInstant(),
                    end == null ? null : end.toInstant(), participantId, article, deadline);
        }
    }

    record NewDraft(String symbol, String title, String text, NewEffect effect, List<DraftCitations.Request> cites) {
    }

    /** A procedure; on a change, {@code version}, if given, is the version changed (409 if it changed since). */
    record NewProcedure(String subject, String proposal, OffsetDateTime deadline, Boolean amendmentsBreakSilence,
            NewEffect effect, List<String> documents, String revises, String announcedWith, List<NewDraft> drafts,
            String shortPeriodReason, Long version) {

        DraftProcedure.Command command(ProcessId pid) {
            return new DraftProcedure.Command(pid, subject, proposal, deadline == null ? null : deadline.toInstant(),
                    Boolean.TRUE.equals(amendmentsBreakSilence), effect == null ? null : effect.request(),
                    documents, revises, announcedWith, drafts == null ? null : drafts.stream()
                            .map(d -> d == null ? null : new DraftProcedure.DraftRequest(d.symbol(), d.title(),
                                    d.text(), d.effect() == null ? null : d.effect().request(), d.cites()))
                            .toList(),
                    shortPeriodReason);
        }
    }

    record Objection(String reason, List<String> drafts) {
    }

    record Amendment(String text, String reason, List<String> drafts) {
    }

    record Withdrawal(String reason) {
    }

    record Comment(String text, List<String> drafts) {
    }

    private static final String KEY = "Idempotency-Key";

    private final Processes processes;
    private final SilenceProcedures procedures;
    private final DraftProcedure draft;
    private final EditProcedure edit;
    private final CirculateProcedure circulate;
    private final WithdrawProcedure withdraw;
    private final RecordObjection object;
    private final ProposeAmendment amend;
    private final RecordComment comment;
    private final Receipts receipts;
    private final LiveProcedures live;
    /** The two JSON renderings of a procedure, one object each, so that a change is rendered once per kind of viewer. */
    private final LiveProcedures.Format officerJson;
    private final LiveProcedures.Format othersJson;

    SilenceApiController(Processes processes, SilenceProcedures procedures, DraftProcedure draft,
            EditProcedure edit, CirculateProcedure circulate, WithdrawProcedure withdraw, RecordObjection object,
            ProposeAmendment amend,
            RecordComment comment, Receipts receipts, LiveProcedures live, ObjectMapper json) {
        this.processes = processes;
        this.procedures = procedures;
        this.draft = draft;
        this.edit = edit;
        this.circulate = circulate;
        this.withdraw = withdraw;
        this.object = object;
        this.amend = amend;
        this.comment = comment;
        this.receipts = receipts;
        this.live = live;
        this.officerJson = view -> json.writeValueAsString(ProcedureResponse.of(view, true));
        this.othersJson = view -> json.writeValueAsString(ProcedureResponse.of(view, false));
    }

    @PostMapping
    @Operation(operationId = "draftSilenceProcedure",
            summary = "Draft a silence procedure (Presidency, Secretariat); the deadline must leave the process's "
            + "minimum period after circulation")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ProcedureResponse> create(@PathVariable ProcessId pid, @RequestBody NewProcedure body) {
        SilenceProcedure p = draft.execute(body.command(pid));
        return ResponseEntity.created(URI.create("/api/v1/processes/" + pid + "/silence-procedures/" + p.id()))
                .body(read(pid, p.id()));
    }

    @GetMapping
    @Operation(operationId = "listSilenceProcedures",
            summary = "The procedures of the process, newest first (drafts for officers only)")
    List<ProcedureResponse> list(@PathVariable ProcessId pid) {
        Process process = processes.require(pid);
        boolean officer = procedures.officer(process);
        return procedures.visible(process).stream()
                .map(p -> ProcedureResponse.of(procedures.view(process, p.id()), officer)).toList();
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getSilenceProcedure",
            summary = "A procedure with its status, deadline, objections, amendments, comments and outcome letter")
    ProcedureResponse get(@PathVariable ProcessId pid, @PathVariable String id) {
        return read(pid, SilenceProcedureId.parse(id));
    }

    @PutMapping("/{id}")
    @Operation(operationId = "editSilenceProcedure",
            summary = "Edit a DRAFT (Presidency, Secretariat): the body replaces what the draft says, checked as "
            + "when drafting; 409 once circulated")
    ProcedureResponse edit(@PathVariable ProcessId pid, @PathVariable String id, @RequestBody NewProcedure body) {
        return read(pid, edit.execute(SilenceProcedureId.parse(id), body.version(), body.command(pid)).id());
    }

    @PostMapping("/{id}/circulate")
    @Operation(operationId = "circulateSilenceProcedure",
            summary = "DRAFT → OPEN: records the States Parties of the day and informs every delegation by e-mail")
    ProcedureResponse circulate(@PathVariable ProcessId pid, @PathVariable String id) {
        return read(pid, circulate.execute(pid, SilenceProcedureId.parse(id)).id());
    }

    @PostMapping("/{id}/withdraw")
    @Operation(operationId = "withdrawSilenceProcedure", summary = "OPEN → WITHDRAWN, before the deadline (Presidency, Secretariat), with its reason "
            + "(required, 400 without), recorded and shown to the delegations")
    ProcedureResponse withdraw(@PathVariable ProcessId pid, @PathVariable String id,
            @RequestBody(required = false) Withdrawal body) {
        return read(pid, withdraw.execute(pid, SilenceProcedureId.parse(id), body == null ? null : body.reason()).id());
    }

    @PostMapping("/{id}/objections")
    @Operation(operationId = "objectToSilenceProcedure",
            summary = "Object (delegates of States Parties at circulation) to the drafts named (all without "
            + "'drafts'): none of them is adopted; 409 at or after the deadline. A retry with the same Idempotency-Key gets the first answer")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ProcedureResponse.Received> object(@PathVariable ProcessId pid, @PathVariable String id,
            @RequestBody Objection body, @RequestHeader(name = KEY, required = false) String key) {
        return received(pid, id, object.execute(pid, SilenceProcedureId.parse(id), body.reason(), body.drafts(), key));
    }

    @PostMapping("/{id}/amendments")
    @Operation(operationId = "proposeAmendment",
            summary = "Propose an amendment (delegates): breaks silence only when the procedure says so")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ProcedureResponse.Received> amend(@PathVariable ProcessId pid, @PathVariable String id,
            @RequestBody Amendment body, @RequestHeader(name = KEY, required = false) String key) {
        return received(pid, id, amend.execute(pid, SilenceProcedureId.parse(id), body.text(), body.reason(), body.drafts(),
                key));
    }

    @PostMapping("/{id}/comments")
    @Operation(operationId = "commentOnSilenceProcedure",
            summary = "Comment, an explanation of position (delegates): never breaks silence")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ProcedureResponse.Received> comment(@PathVariable ProcessId pid, @PathVariable String id,
            @RequestBody Comment body, @RequestHeader(name = KEY, required = false) String key) {
        return received(pid, id, comment.execute(pid, SilenceProcedureId.parse(id), body.text(), body.drafts(), key));
    }

    @GetMapping("/{id}/receipts/{reference}")
    @Operation(operationId = "checkReceipt",
            summary = "Check a receipt against the audit log: valid when its entry records this answer as it is "
            + "stored and, once integrated (auditIndex), is proven by the latest signed tree head")
    Receipts.Check receipt(@PathVariable ProcessId pid, @PathVariable String id, @PathVariable String reference) {
        Process process = processes.require(pid);
        SilenceProcedure p = procedures.require(process, SilenceProcedureId.parse(id));
        return receipts.check(procedures.response(p, reference)
                .orElseThrow(() -> new NotFoundException("Receipt", reference)));
    }

    @GetMapping(path = "/{id}/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(operationId = "watchSilenceProcedure",
            summary = "Server-Sent Events: the procedure as JSON events named 'state', at once and after every change")
    SseEmitter live(@PathVariable ProcessId pid, @PathVariable String id) throws IOException {
        Process process = processes.require(pid);
        return live.watch(procedures.view(process, SilenceProcedureId.parse(id)),
                procedures.officer(process) ? officerJson : othersJson);
    }

    private ResponseEntity<ProcedureResponse.Received> received(ProcessId pid, String id, Receipt receipt) {
        URI location = URI.create("/api/v1/processes/" + pid + "/silence-procedures/" + id + "/receipts/"
                + receipt.response().reference());
        return ResponseEntity.created(location).body(ProcedureResponse.Received.of(receipt.response()));
    }

    private ProcedureResponse read(ProcessId pid, SilenceProcedureId id) {
        Process process = processes.require(pid);
        return ProcedureResponse.of(procedures.view(process, id), procedures.officer(process));
    }
}
