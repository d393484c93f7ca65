package org.plenary.decisions.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.plenary.decisions.PutReportUnderSilence;
import org.plenary.decisions.ReportListing;
import org.plenary.decisions.Reports;
import org.plenary.processes.Process;
import org.plenary.processes.ProcessId;
import org.plenary.processes.Processes;
import org.plenary.silence.SilenceProcedureId;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/processes/{pid}/report-procedures")
@Tag(name = "Decisions", description = "The register of adopted decisions, with the statements attached to them")
class ReportApiController {

    record NewReportProcedure(String document, OffsetDateTime deadline, String shortPeriodReason) {
    }

    record Taken(String id, String symbol, String title, OffsetDateTime adoptedAt, String link) {
    }

    record Broken(String id, String reference, String subject, OffsetDateTime concludedAt, String link) {
    }

    /** A report under silence: its procedure (read it at its own address), the report, and what it lists. */
    record ReportResponse(String procedureId, String reference, String documentId, OffsetDateTime deadline,
            List<Taken> decisions, List<Broken> brokenProcedures) {

        static ReportResponse of(PutReportUnderSilence.Drafted d, ZoneId zone) {
            ReportListing l = d.listing();
            return new ReportResponse(d.procedure().id().toString(), d.procedure().reference(),
                    d.report().id().toString(), d.procedure().deadline().atZone(zone).toOffsetDateTime(),
                    l.decisions().stream().map(t -> new Taken(t.id().toString(), t.symbol(), t.title(),
                            t.adoptedAt().atZone(zone).toOffsetDateTime(), t.link())).toList(),
                    l.brokenProcedures().stream().map(b -> new Broken(b.id(), b.reference(), b.subject(),
                            b.concludedAt().atZone(zone).toOffsetDateTime(), b.link())).toList());
        }
    }

    private final Processes processes;
    private final PutReportUnderSilence put;
    private final Reports reports;

    ReportApiController(Processes processes, PutReportUnderSilence put, Reports reports) {
        this.processes = processes;
        this.put = put;
        this.reports = reports;
    }

    @PostMapping
    @Operation(operationId = "putReportUnderSilence", summary = "Put the final report (a document of the process) "
            + "under a draft silence procedure listing the decisions taken and the procedures broken (Presidency, "
            + "Secretariat); a deadline closer than the minimum period needs shortPeriodReason")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ReportResponse> put(@PathVariable ProcessId pid, @RequestBody NewReportProcedure body) {
        Process process = processes.require(pid);
        PutReportUnderSilence.Drafted drafted = put.execute(new PutReportUnderSilence.Command(pid, body.document(),
                body.deadline() == null ? null : body.deadline().toInstant(), body.shortPeriodReason()));
        return ResponseEntity.created(URI.create("/api/v1/processes/" + pid + "/silence-procedures/"
                + drafted.procedure().id())).body(ReportResponse.of(drafted, process.timeZone()));
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getReportProcedure",
            summary = "A report under silence with the decisions and broken procedures it lists")
    ReportResponse get(@PathVariable ProcessId pid, @PathVariable String id) {
        Process process = processes.require(pid);
        return ReportResponse.of(reports.require(process, SilenceProcedureId.parse(id)), process.timeZone());
    }
}
