package org.plenary.decisions.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import org.plenary.decisions.Decision;
import org.plenary.decisions.DecisionId;
import org.plenary.decisions.DecisionRendering;
import org.plenary.decisions.DecisionView;
import org.plenary.decisions.Decisions;
import org.plenary.processes.Process;
import org.plenary.processes.ProcessId;
import org.plenary.processes.Processes;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The PDF of a decision in one of its languages, for anybody, from the API and the pages alike. */
@RestController
@Tag(name = "Decisions")
class DecisionPdfController {

    private final Processes processes;
    private final Decisions decisions;
    private final DecisionRendering rendering;

    DecisionPdfController(Processes processes, Decisions decisions, DecisionRendering rendering) {
        this.processes = processes;
        this.decisions = decisions;
        this.rendering = rendering;
    }

    @GetMapping(path = {"/api/v1/processes/{pid}/decisions/{id}/pdf", "/processes/{pid}/decisions/{id}.pdf"},
            produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(operationId = "getDecisionPdf", summary = "The decision as a UN document in PDF, in its original "
            + "language or in lang (404 for a language it does not exist in), with the statements attached (anybody)")
    ResponseEntity<byte[]> pdf(@PathVariable ProcessId pid, @PathVariable String id,
            @RequestParam(required = false) String lang) {
        Process process = processes.require(pid);
        DecisionView view = decisions.require(process, DecisionId.parse(id));
        String language = view.texts().existing(lang);
        Decision d = view.decision();
        String name = (d.symbol() == null ? "decision" : d.symbol().replaceAll("[^A-Za-z0-9.-]+", "-")) + "-"
                + language + ".pdf";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(name, StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.APPLICATION_PDF).body(rendering.pdf(view, language));
    }
}
