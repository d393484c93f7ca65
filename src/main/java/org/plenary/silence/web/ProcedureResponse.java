package org.plenary.silence.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.plenary.silence.Citation;
import org.plenary.silence.DraftDecision;
import org.plenary.silence.DraftStatus;
import org.plenary.silence.Effect;
import org.plenary.silence.ProcedureStatus;
import org.plenary.silence.ProcedureText;
import org.plenary.silence.ProcedureView;
import org.plenary.silence.Response;
import org.plenary.silence.ResponseKind;
import org.plenary.silence.SilenceProcedure;

/**
 * A silence procedure as the API shows it: instants with the offset of the process's zone, the States eligible
 * to object, and the answers received with their receipts. Officers also see the list of eligible States.
 * {@code shortPeriodReason} says why the deadline is closer than the process's minimum period, if it is.
 */
record ProcedureResponse(String id, String reference, String subject, String proposal, ProcedureStatus status,
        Set<ProcedureStatus> allowedTransitions, OffsetDateTime deadline, String timeZone, Instant deadlineUtc,
        boolean amendmentsBreakSilence, EffectResponse effect, String effectResult, String revises,
        List<String> documents, String announcedWith, OffsetDateTime circulatedAt, OffsetDateTime concludedAt,
        String outcomeLetterId, String originalLanguage, Map<String, ProcedureText> versions, String withdrawalReason,
        List<Eligible> eligible, List<Answer> objections, List<Answer> amendments, List<Answer> comments,
        List<Draft> drafts, String shortPeriodReason, long version) {

    /**
     * A draft decision and its outcome; {@code decisionId} names the decision an adopted draft became; {@code cites}
     * the earlier decisions it revises or recalls; {@code effectResult} what became of its effect once adopted.
     */
    record Draft(String id, String symbol, String title, String text, DraftStatus status, OffsetDateTime concludedAt,
            String decisionId, List<Cited> cites, String effectResult) {

        static Draft of(DraftDecision d, ProcedureView view, ZoneId zone) {
            return new Draft(d.id().toString(), d.symbol(), d.title(), d.text(), d.status(), at(d.concludedAt(), zone),
                    d.status() == DraftStatus.ADOPTED ? d.id().toString() : null, view.citationsOf(d).stream()
                            .map(c -> new Cited(c.decision().toString(), c.relation(), c.decisionSymbol(),
                                    c.decisionTitle())).toList(), d.effectResult());
        }
    }

    /** An earlier decision a draft cites, and how. */
    record Cited(String decisionId, Citation.Relation relation, String symbol, String title) {
    }

    record EffectResponse(Effect.Type type, String meetingId, OffsetDateTime start, OffsetDateTime end) {
    }

    record Eligible(String participantId, String participantName, boolean objected) {
    }

    /** An objection (whose {@code reason} is its text), amendment or comment, and the drafts it reaches. */
    record Answer(String participantId, String participantName, Instant at, String text, String reason,
            boolean breaksSilence, ReceiptResponse receipt, List<String> drafts) {

        static Answer of(Response r, ProcedureView view) {
            return new Answer(r.participantId().toString(), r.participantName(), r.receivedAt(), r.text(), reasonOf(r),
                    r.breaksSilence(), ReceiptResponse.of(r),
                    view.draftsOf(r).stream().map(d -> d.id().toString()).toList());
        }
    }

    static String reasonOf(Response r) {
        return r.kind() == ResponseKind.OBJECTION ? r.text() : r.reason();
    }

    /** How to prove that an answer was received: its reference, the audit entry that records it and its place. */
    record ReceiptResponse(String reference, Instant receivedAt, long auditEntry, Long auditIndex) {

        static ReceiptResponse of(Response r) {
            return new ReceiptResponse(r.reference(), r.receivedAt(), r.auditEntry(), r.auditIndex());
        }
    }

    /** An answer as the call that sent it sees it: what was recorded, with its kind and receipt. */
    record Received(String id, ResponseKind kind, String procedureId, String participantId, String participantName,
            Instant at, String text, String reason, boolean breaksSilence, ReceiptResponse receipt) {

        static Received of(Response r) {
            return new Received(r.id().toString(), r.kind(), r.procedure().toString(), r.participantId().toString(),
                    r.participantName(), r.receivedAt(), r.text(), reasonOf(r), r.breaksSilence(), ReceiptResponse.of(r));
        }
    }

    static ProcedureResponse of(ProcedureView view, boolean officer) {
        SilenceProcedure p = view.procedure();
        ZoneId zone = view.process().timeZone();
        Effect e = p.effect();
        return new ProcedureResponse(p.id().toString(), p.reference(), p.subject(), p.proposal(), p.status(),
                p.status().next(), at(p.deadline(), zone), zone.getId(), p.deadline(), p.amendmentsBreakSilence(),
                e == null ? null : new EffectResponse(e.type(), e.meeting().toString(), at(e.start(), zone),
                        at(e.end(), zone)),
                p.effectResult(), p.revises() == null ? null : p.revises().toString(),
                p.documents().stream().map(Object::toString).toList(),
                p.announcedWith() == null ? null : p.announcedWith().toString(), at(p.circulatedAt(), zone),
                at(p.concludedAt(), zone), p.outcomeLetter() == null ? null : p.outcomeLetter().toString(),
                view.versions().original(), view.versions().versions(), p.withdrawalReason(),
                officer ? view.eligible().stream().map(s -> new Eligible(s.participantId().toString(), s.name(),
                        s.objected())).toList() : null,
                view.objections().stream().map(r -> Answer.of(r, view)).toList(),
                view.amendments().stream().map(r -> Answer.of(r, view)).toList(),
                view.comments().stream().map(r -> Answer.of(r, view)).toList(),
                view.drafts().stream().map(d -> Draft.of(d, view, zone)).toList(), view.shortPeriodReason(),
                p.version());
    }

    private static OffsetDateTime at(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }
}
