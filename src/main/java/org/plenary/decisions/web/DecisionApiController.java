package org.plenary.decisions.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import org.plenary.decisions.AttachStatement;
import org.plenary.decisions.DecisionId;
import org.plenary.decisions.Decisions;
import org.plenary.decisions.SetStatementPeriod;
import org.plenary.decisions.Statement;
import org.plenary.decisions.StatementKind;
import org.plenary.decisions.WriteStatementVersion;
import org.plenary.processes.Process;
import org.plenary.processes.ProcessId;
import org.plenary.processes.Processes;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/processes/{pid}/decisions")
@Tag(name = "Decisions", description = "The register of adopted decisions, with the statements attached to them")
class DecisionApiController {

    record NewStatement(StatementKind kind, String text) {
    }

    record Period(OffsetDateTime statementsUntil) {
    }

    record StatementText(String text) {
    }

    private final Processes processes;
    private final Decisions decisions;
    private final AttachStatement attach;
    private final SetStatementPeriod setPeriod;
    private final WriteStatementVersion writeVersion;

    DecisionApiController(Processes processes, Decisions decisions, AttachStatement attach,
            SetStatementPeriod setPeriod, WriteStatementVersion writeVersion) {
        this.writeVersion = writeVersion;
        this.processes = processes;
        this.decisions = decisions;
        this.attach = attach;
        this.setPeriod = setPeriod;
    }

    @GetMapping
    @Operation(operationId = "listDecisions", summary = "The register of decisions of the process, latest first; "
            + "with q, those whose symbol, title or text in any language contains it (anybody)")
    List<DecisionResponse.Summary> list(@PathVariable ProcessId pid, @RequestParam(required = false) String q) {
        Process process = processes.require(pid);
        return decisions.register(process, q).stream()
                .map(e -> DecisionResponse.Summary.of(e, process.timeZone())).toList();
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getDecision", summary = "A decision with its text, its versions and the statements "
            + "attached to it (anybody)")
    DecisionResponse get(@PathVariable ProcessId pid, @PathVariable String id) {
        Process process = processes.require(pid);
        return DecisionResponse.of(decisions.require(process, DecisionId.parse(id)));
    }

    @PostMapping("/{id}/statements")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "attachStatement", summary = "Attach an interpretative statement or a reservation to the "
            + "decision in the name of one's State (delegates of States Parties, until statementsUntil; 409 after); "
            + "the Location is the decision, which shows it")
    ResponseEntity<DecisionResponse.StatementResponse> attach(@PathVariable ProcessId pid, @PathVariable String id,
            @RequestBody NewStatement body) {
        Process process = processes.require(pid);
        DecisionId decision = DecisionId.parse(id);
        Statement statement = attach.execute(new AttachStatement.Command(pid, decision, body.kind(), body.text()));
        return ResponseEntity.created(URI.create("/api/v1/processes/" + process.id() + "/decisions/" + decision))
                .body(DecisionResponse.StatementResponse.of(statement, process.timeZone()));
    }

    @PutMapping("/{id}/statements/{statement}/versions/{language}")
    @Operation(operationId = "writeStatementVersion", summary = "Write a statement in another language of the "
            + "process (the delegation that made it, or the Presidency and the Secretariat); issued with the decision "
            + "in that language")
    DecisionResponse.StatementResponse version(@PathVariable ProcessId pid, @PathVariable String id,
            @PathVariable String statement, @PathVariable String language, @RequestBody StatementText body) {
        Process process = processes.require(pid);
        return DecisionResponse.StatementResponse.of(writeVersion.execute(new WriteStatementVersion.Command(pid,
                DecisionId.parse(id), statement, language, body == null ? null : body.text())), process.timeZone());
    }

    @PutMapping("/{id}/statements-until")
    @Operation(operationId = "setStatementPeriod", summary = "Set until when statements may be attached to the "
            + "decision (Presidency, Secretariat); by default 30 days after its adoption")
    DecisionResponse period(@PathVariable ProcessId pid, @PathVariable String id, @RequestBody Period body) {
        Process process = processes.require(pid);
        DecisionId decision = setPeriod.execute(new SetStatementPeriod.Command(pid, DecisionId.parse(id),
                body.statementsUntil() == null ? null : body.statementsUntil().toInstant())).id();
        return DecisionResponse.of(decisions.require(process, decision));
    }
}
