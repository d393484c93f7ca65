package org.plenary.consultations.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import org.plenary.consultations.Compilation;
import org.plenary.consultations.CompilationCsv;
import org.plenary.consultations.CompilationPdf;
import org.plenary.consultations.CompileConsultation;
import org.plenary.consultations.ConsultationId;
import org.plenary.consultations.Consultations;
import org.plenary.consultations.docx.CompilationDocx;
import org.plenary.processes.ProcessId;
import org.plenary.processes.Processes;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The compilation as files, for the API and the officers' pages alike (same filters as the JSON). */
@RestController
@Tag(name = "Consultations")
class CompilationExportController {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final Processes processes;
    private final CompileConsultation compile;
    private final CompilationPdf pdf;
    private final CompilationDocx docx;
    private final Consultations consultations;

    CompilationExportController(Processes processes, CompileConsultation compile,
            CompilationPdf pdf, CompilationDocx docx, Consultations consultations) {
        this.consultations = consultations;
        this.processes = processes;
        this.compile = compile;
        this.pdf = pdf;
        this.docx = docx;
    }

    @GetMapping(path = {"/api/v1/processes/{pid}/consultations/{cid}/compilation.csv",
        "/processes/{pid}/consultations/{cid}/compilation.csv"}, produces = "text/csv")
    @Operation(operationId = "exportCompilationCsv",
            summary = "The compilation as CSV, one row per position, missing element and answer (officers)")
    ResponseEntity<String> csv(@PathVariable ProcessId pid, @PathVariable String cid,
            @RequestParam(required = false) String category, @RequestParam(required = false) String stance) {
        return file(CompilationCsv.of(compilation(pid, cid, category, stance)), "compilation.csv",
                new MediaType("text", "csv", StandardCharsets.UTF_8));
    }

    @GetMapping(path = {"/api/v1/processes/{pid}/consultations/{cid}/compilation.pdf",
        "/processes/{pid}/consultations/{cid}/compilation.pdf"}, produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(operationId = "exportCompilationPdf",
            summary = "The compilation as PDF, amendments with insertions and deletions marked (officers)")
    ResponseEntity<byte[]> pdf(@PathVariable ProcessId pid, @PathVariable String cid,
            @RequestParam(required = false) String category, @RequestParam(required = false) String stance) {
        Compilation compilation = compilation(pid, cid, category, stance);
        return file(pdf.of(compilation, consultations.versions(compilation.consultation()),
                LocaleContextHolder.getLocale()),
                "compilation.pdf", MediaType.APPLICATION_PDF);
    }

    @GetMapping(path = {"/api/v1/processes/{pid}/consultations/{cid}/compilation.docx",
        "/processes/{pid}/consultations/{cid}/compilation.docx"}, produces = DOCX)
    @Operation(operationId = "exportCompilationDocx",
            summary = "The compilation as a Word document, amendments as tracked changes against the base text "
            + "that Word and LibreOffice show as revisions to accept or reject (officers)")
    ResponseEntity<byte[]> docx(@PathVariable ProcessId pid, @PathVariable String cid,
            @RequestParam(required = false) String category, @RequestParam(required = false) String stance) {
        Compilation compilation = compilation(pid, cid, category, stance);
        return file(docx.of(compilation, consultations.versions(compilation.consultation()), processes.require(pid),
                LocaleContextHolder.getLocale()),
                "compilation.docx", MediaType.parseMediaType(DOCX));
    }

    private Compilation compilation(ProcessId pid, String cid, String category, String stance) {
        return compile.execute(pid, ConsultationId.parse(cid), CompilationFilters.parse(category, stance));
    }

    private static <T> ResponseEntity<T> file(T body, String name, MediaType type) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-cache")
                .contentType(type).body(body);
    }
}
