package org.plenary.decisions;

import org.plenary.documents.DocumentId;
import org.plenary.documents.Documents;
import org.plenary.processes.Process;
import org.plenary.shared.NotFoundException;
import org.plenary.silence.SilenceProcedure;
import org.plenary.silence.SilenceProcedureId;
import org.plenary.silence.SilenceProcedures;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a final report under silence: its procedure (seen as the procedure is: a draft by the officers only), the
 * report and what it lists, as drawn up when it was put under the procedure.
 */
@Service
@Transactional(readOnly = true)
public class Reports {

    private final ReportRepository reports;
    private final ReportListings listings;
    private final SilenceProcedures procedures;
    private final Documents documents;

    Reports(ReportRepository reports, ReportListings listings, SilenceProcedures procedures, Documents documents) {
        this.reports = reports;
        this.listings = listings;
        this.procedures = procedures;
        this.documents = documents;
    }

    /** 404 when the procedure is not a report procedure of the process the reader may see. */
    public PutReportUnderSilence.Drafted require(Process process, SilenceProcedureId id) {
        ReportRepository.Report report = reports.find(process.id(), id)
                .orElseThrow(() -> new NotFoundException("Report procedure", id));
        SilenceProcedure procedure = procedures.require(process, id);
        return new PutReportUnderSilence.Drafted(procedure,
                documents.require(process, new DocumentId(report.document())),
                listings.asAt(process, report.listedAt()));
    }
}
