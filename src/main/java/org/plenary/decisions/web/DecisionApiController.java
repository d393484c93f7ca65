package org.plenary.decisions.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.plenary.decisions.DecisionId;
import org.plenary.decisions.Decisions;
import org.plenary.processes.Process;
import org.plenary.processes.Processes;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/processes/{pid}/decisions")
@Tag(name = "Decisions", description = "The register of adopted decisions, with the statements attached to them")
class DecisionApiController {

    private final Processes processes;
    private final Decisions decisions;

    DecisionApiController(Processes processes, Decisions decisions) {
        this.processes = processes;
        this.decisions = decisions;
    }

    @GetMapping
    @Operation(operationId = "listDecisions", summary = "The register of decisions of the process, latest first; "
            + "with q, those whose symbol, title or text in any language contains it (anybody)")
    List<DecisionResponse.Summary> list(@PathVariable String pid, @RequestParam(required = false) String q) {
        Process process = processes.require(pid);
        return decisions.register(process, q).stream()
                .map(e -> DecisionResponse.Summary.of(e, process.timeZone())).toList();
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getDecision", summary = "A decision with its text, its versions and the statements "
            + "attached to it (anybody)")
    DecisionResponse get(@PathVariable String pid, @PathVariable String id) {
        Process process = processes.require(pid);
        return DecisionResponse.of(decisions.require(process, DecisionId.parse(id)));
    }
}
