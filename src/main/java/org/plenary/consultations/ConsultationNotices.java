package org.plenary.consultations;

import java.sql.Timestamp;
import java.time.Clock;
import org.plenary.contacts.EveryParticipant;
import org.plenary.processes.Process;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells every participant of the process ({@link EveryParticipant}) that a consultation was opened, extended or
 * closed early: the notices are recorded with the change, in its transaction, with the times they tell of
 * ({@link ConsultationNoticeMail} writes each in its recipient's language).
 */
@Component
class ConsultationNotices {

    enum Kind { OPENED, EXTENDED, CLOSED_EARLY }

    private final NamedParameterJdbcOperations batch;
    private final EveryParticipant everyParticipant;
    private final Clock clock;

    ConsultationNotices(NamedParameterJdbcOperations batch, EveryParticipant everyParticipant, Clock clock) {
        this.batch = batch;
        this.everyParticipant = everyParticipant;
        this.clock = clock;
    }

    /** Queues one e-mail per address of every participant of the process today; answers how many. */
    @Transactional(propagation = Propagation.MANDATORY)
    int queue(Process process, Consultation consultation, Kind kind) {
        Timestamp now = Timestamp.from(clock.instant());
        return everyParticipant.notify(process, ConsultationNoticeMail.KIND, consultation.id().value(),
                recipients -> batch.batchUpdate("""
                insert into consultation_notice (id, consultation, kind, participant, email, language, opens_at,
                                                 closes_at, queued_at)
                values (:id, :c, :kind, :participant, :email, :language, :opens, :closes, :at)
                """, recipients.stream().map(r -> new MapSqlParameterSource().addValue("id", r.id())
                        .addValue("c", consultation.id().value()).addValue("kind", kind.name())
                        .addValue("participant", r.participant().value()).addValue("email", r.email())
                        .addValue("language", r.language()).addValue("opens", Timestamp.from(consultation.opensAt()))
                        .addValue("closes", Timestamp.from(consultation.closesAt())).addValue("at", now))
                .toArray(SqlParameterSource[]::new)));
    }
}
