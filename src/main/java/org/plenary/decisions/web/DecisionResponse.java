package org.plenary.decisions.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.plenary.decisions.Decision;
import org.plenary.decisions.DecisionView;
import org.plenary.decisions.RegisterEntry;
import org.plenary.decisions.Statement;
import org.plenary.decisions.StatementKind;

/**
 * A decision of the register as the API shows it: dates in the process's zone, its text in its original language
 * and its versions, the statements attached and until when more may be.
 */
record DecisionResponse(String id, String symbol, String title, LocalDate adoptedOn, OffsetDateTime adoptedAt,
        String procedureId, String originalLanguage, List<String> languages, String text, Map<String, String> versions,
        OffsetDateTime statementsUntil, List<StatementResponse> statements) {

    /** A line of the register. */
    record Summary(String id, String symbol, String title, LocalDate adoptedOn, String procedureId,
            List<String> languages) {

        static Summary of(RegisterEntry e, ZoneId zone) {
            Decision d = e.decision();
            return new Summary(d.id().toString(), d.symbol(), d.title(), d.adoptedAt().atZone(zone).toLocalDate(),
                    d.procedure().toString(), e.languages());
        }
    }

    record StatementResponse(String id, StatementKind kind, String participantId, String participantName,
            String text, OffsetDateTime submittedAt) {

        static StatementResponse of(Statement s, ZoneId zone) {
            return new StatementResponse(s.id().toString(), s.kind(), s.participant().toString(), s.participantName(),
                    s.text(), s.submittedAt().atZone(zone).toOffsetDateTime());
        }
    }

    static DecisionResponse of(DecisionView view) {
        Decision d = view.decision();
        ZoneId zone = view.process().timeZone();
        return new DecisionResponse(d.id().toString(), d.symbol(), d.title(), d.adoptedAt().atZone(zone).toLocalDate(),
                d.adoptedAt().atZone(zone).toOffsetDateTime(), d.procedure().toString(), d.originalLanguage(),
                view.texts().languages(), d.text(), view.texts().versions(),
                d.statementsUntil().atZone(zone).toOffsetDateTime(),
                view.statements().stream().map(s -> StatementResponse.of(s, zone)).toList());
    }
}
