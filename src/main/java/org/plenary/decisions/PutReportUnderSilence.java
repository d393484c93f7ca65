package org.plenary.decisions;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.plenary.audit.AuditLog;
import org.plenary.audit.AuditRecord;
import org.plenary.documents.Document;
import org.plenary.documents.DocumentId;
import org.plenary.documents.Documents;
import org.plenary.processes.Process;
import org.plenary.processes.ProcessId;
import org.plenary.processes.Processes;
import org.plenary.shared.Actor;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.NotFoundException;
import org.plenary.silence.ReportDrafts;
import org.plenary.silence.SilenceProcedure;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts the process's final report (a document of the process) under a silence procedure (Presidency, Secretariat):
 * a draft procedure whose text lists the decisions taken and the procedures broken until now, with their addresses,
 * and to which the report is attached. Its deadline leaves the process's minimum period, or less when the officers
 * give the reason (24 hours to review a report is the usual practice); it is then circulated as any procedure.
 */
@Service
public class PutReportUnderSilence {

    /** The report, the deadline of its review, and why that deadline is closer than the minimum period, if it is. */
    public record Command(ProcessId process, String document, Instant deadline, String shortPeriodReason) {
    }

    /** The procedure drafted and what its text lists. */
    public record Drafted(SilenceProcedure procedure, Document report, ReportListing listing) {
    }

    private final Processes processes;
    private final Documents documents;
    private final ReportListings listings;
    private final ReportRepository reports;
    private final ReportDrafts draft;
    private final AuditLog audit;
    private final Clock clock;

    PutReportUnderSilence(Processes processes, Documents documents, ReportListings listings, ReportRepository reports,
            ReportDrafts draft, AuditLog audit, Clock clock) {
        this.processes = processes;
        this.documents = documents;
        this.listings = listings;
        this.reports = reports;
        this.draft = draft;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Drafted execute(Command c) {
        Process process = processes.require(c.process());
        Actor actor = Actor.require();
        DecisionPolicy.mayPutReportUnderSilence(processes.roleOf(process.id(), actor)).orForbid();
        Document report = report(process, c.document());
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        ReportListing listing = listings.asAt(process, now);
        String named = (report.symbol() == null ? "" : report.symbol().value() + " – ") + report.title();
        String subject = "Final report: " + named;
        SilenceProcedure procedure = draft.draft(process, new ReportDrafts.Proposal(
                subject.length() <= 300 ? subject : subject.substring(0, 299) + "…",
                listing.text(named, process.timeZone()), c.deadline(), List.of(report.id()), c.shortPeriodReason()));
        reports.insert(new ReportRepository.Report(procedure.id(), process.id(), report.id().value(), now),
                actor.username());
        audit.record(AuditRecord.created("decisions.report.put-under-silence", "silence-procedure", procedure.id(),
                process.id().value(), Map.of("document", report.id().toString(), "reference", procedure.reference(),
                        "decisions", listing.decisions().stream().map(d -> d.id().toString()).toList(),
                        "brokenProcedures", listing.brokenProcedures().stream().map(ReportListing.Broken::id)
                                .toList())));
        return new Drafted(procedure, report, listing);
    }

    private Document report(Process process, String id) {
        if (id == null || id.isBlank()) {
            throw InvalidInputException.of("document", "The report is required: a document of this process");
        }
        try {
            return documents.require(process, DocumentId.parse(id));
        } catch (NotFoundException unknown) {
            throw InvalidInputException.of("document", "'" + id + "' is not a document of this process");
        }
    }
}
