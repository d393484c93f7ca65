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
import org.plenary.silence.Citation;
import org.plenary.silence.DraftStatus;

/**
 * A decision of the register as the API shows it: dates in the process's zone, its text in its original language
 * and its versions, the statements attached and until when more may be, the decisions it cites and the drafts
 * citing it.
 */
record DecisionResponse(String id, String symbol, String title, LocalDate adoptedOn, OffsetDateTime adoptedAt,
        String procedureId, String originalLanguage, List<String> languages, String text, Map<String, String> versions,
        OffsetDateTime statementsUntil, List<StatementResponse> statements, List<Cited> cites,
        List<CitedBy> citedBy) {

    /** An earlier decision this one revises or recalls. */
    record Cited(String decisionId, Citation.Relation relation, String symbol, String title) {
    }

    /** A draft of a later procedure that revises or recalls this decision, and where it stands. */
    record CitedBy(String procedureId, String reference, String draftId, String draft, String title,
            Citation.Relation relation, DraftStatus status) {
    }

    /** A line of the register. */
    record Summary(String id, String symbol, String title, LocalDate adoptedOn, String procedureId,
            List<String> languages) {

        static Summary of(RegisterEntry e, ZoneId zone) {
            Decision d = e.decision();
            return new Summary(d.id().toString(), d.symbol(), d.title(), d.adoptedAt().atZone(zone).toLocalDate(),
                    d.procedure().toString(), e.languages());
        }
    }

    /** A statement as written, and its {@code versions} in other languages of the process. */
    record StatementResponse(String id, StatementKind kind, String participantId, String participantName,
            String text, OffsetDateTime submittedAt, Map<String, String> versions) {

        static StatementResponse of(Statement s, ZoneId zone) {
            return new StatementResponse(s.id().toString(), s.kind(), s.participant().toString(), s.participantName(),
                    s.text(), s.submittedAt().atZone(zone).toOffsetDateTime(), s.versions());
        }
    }

    static DecisionResponse of(DecisionView view) {
        Decision d = view.decision();
        ZoneId zone = view.process().timeZone();
        return new DecisionResponse(d.id().toString(), d.symbol(), d.title(), d.adoptedAt().atZone(zone).toLocalDate(),
                d.adoptedAt().atZone(zone).toOffsetDateTime(), d.procedure().toString(), d.originalLanguage(),
                view.texts().languages(), d.text(), view.texts().versions(),
                d.statementsUntil().atZone(zone).toOffsetDateTime(),
                view.statements().stream().map(s -> StatementResponse.of(s, zone)).toList(),
                view.cites().stream().map(c -> new Cited(c.decision().toString(), c.relation(), c.decisionSymbol(),
                        c.decisionTitle())).toList(),
                view.citedBy().stream().map(c -> new CitedBy(c.procedure().toString(), c.procedureReference(),
                        c.draft().toString(), c.draftLabel(), c.draftTitle(), c.relation(), c.draftStatus())).toList());
    }
}
