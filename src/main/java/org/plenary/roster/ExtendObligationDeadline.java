package org.plenary.roster;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.HashMap;
import java.util.Map;
import org.plenary.audit.AuditLog;
import org.plenary.audit.AuditRecord;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Extends a State's obligation deadline as an adopted decision granted, keeping the earlier deadline in its history
 * with the decision. Once: a decision delivered again finds itself in the history and changes nothing. A deadline
 * not recorded before is recorded by the decision, with no earlier deadline. It answers what it did
 * ({@link ObligationDeadlineExtended}), as other modules answer the effects of adopted decisions.
 */
@Component
class ExtendObligationDeadline {

    private final ParticipantRepository participants;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private final ObligationRepository obligations;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    ExtendObligationDeadline(ParticipantRepository participants, ObligationRepository obligations, AuditLog audit,
            ApplicationEventPublisher events) {
        this.events = events;
        this.participants = participants;
        this.obligations = obligations;
        this.audit = audit;
    }

    @ApplicationModuleListener
    void on(DeadlineExtensionDecided decided) {
        Participant state = participants.findById(decided.participant().value()).orElse(null);
        if (state == null) {
            events.publishEvent(new ObligationDeadlineExtended(decided.decision(), "The " + decided.article()
                    + " deadline could not be extended: the State is not in the roster"));
            return;
        }
        LocalDate previous = obligations.lock(decided.participant(), decided.treaty(), decided.article()).orElse(null);
        if (obligations.decided(decided.decision())) {
            return;
        }
        obligations.set(decided.participant(), decided.treaty(), decided.article(), previous,
                new ObligationDeadline.Change(previous, decided.deadline(), decided.decision(), decided.decidedBy(),
                        decided.at(), "system"));
        Map<String, Object> before = new HashMap<>(Map.of("treaty", decided.treaty(), "article", decided.article()));
        if (previous != null) {
            before.put("deadline", previous.toString());
        }
        audit.record(AuditRecord.changed("roster.obligation.extended", "participant", decided.participant(), null,
                before, Map.of("treaty", decided.treaty(), "article", decided.article(),
                        "deadline", decided.deadline().toString(), "decision", decided.decision().toString(),
                        "decidedBy", decided.decidedBy())));
        events.publishEvent(new ObligationDeadlineExtended(decided.decision(), "The " + decided.article()
                + " deadline of " + state.name() + " is extended " + (previous == null ? "" : "from " + DATE.format(
                        previous) + " ") + "to " + DATE.format(decided.deadline())));
    }
}
