package org.plenary.decisions;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.plenary.processes.Process;
import org.plenary.silence.ProcedureStatus;
import org.plenary.silence.SilenceProcedures;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Draws up what a final report lists as at an instant: the decisions of the register adopted until then and the
 * procedures broken until then, oldest first, with the addresses of their public pages.
 */
@Component
class ReportListings {

    private final DecisionRepository decisions;
    private final SilenceProcedures procedures;
    private final String baseUrl;

    ReportListings(DecisionRepository decisions, SilenceProcedures procedures,
            @Value("${plenary.base-url}") String baseUrl) {
        this.decisions = decisions;
        this.procedures = procedures;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    ReportListing asAt(Process process, Instant at) {
        String pages = baseUrl + "/processes/" + process.code();
        List<ReportListing.Taken> taken = decisions.list(process.id(), null).stream()
                .filter(d -> !d.adoptedAt().isAfter(at)).sorted(Comparator.comparing(Decision::adoptedAt))
                .map(d -> new ReportListing.Taken(d.id(), d.symbol(), d.title(), d.procedure().toString(),
                        d.adoptedAt(), pages + "/decisions/" + d.id())).toList();
        List<ReportListing.Broken> broken = procedures.visible(process).stream()
                .filter(p -> p.status() == ProcedureStatus.BROKEN && !p.concludedAt().isAfter(at))
                .sorted(Comparator.comparing(p -> p.concludedAt()))
                .map(p -> new ReportListing.Broken(p.id().toString(), p.reference(), p.subject(), p.concludedAt(),
                        baseUrl + p.address(process.code()))).toList();
        return new ReportListing(taken, broken);
    }
}
