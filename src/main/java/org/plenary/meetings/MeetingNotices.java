package org.plenary.meetings;

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
 * Tells every participant of the process ({@link EveryParticipant}) that a meeting was convened, moved, postponed
 * or cancelled: the notices are recorded with the change, in its transaction, with the dates they tell of
 * ({@link MeetingNoticeMail} writes each in its recipient's language).
 */
@Component
class MeetingNotices {

    enum Kind { CONVENED, MOVED, POSTPONED, CANCELLED }

    private final NamedParameterJdbcOperations batch;
    private final EveryParticipant everyParticipant;
    private final Clock clock;

    MeetingNotices(NamedParameterJdbcOperations batch, EveryParticipant everyParticipant, Clock clock) {
        this.batch = batch;
        this.everyParticipant = everyParticipant;
        this.clock = clock;
    }

    /**
     * Queues one e-mail per address of every participant of the process today, about the meeting as it now is,
     * with the {@code reason} for a move or postponement (null for the others).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void queue(Process process, Meeting meeting, Kind kind, String reason) {
        Timestamp now = Timestamp.from(clock.instant());
        everyParticipant.notify(process, MeetingNoticeMail.KIND, meeting.id().value(),
                recipients -> batch.batchUpdate("""
                insert into meeting_notice (id, meeting, kind, participant, email, language, starts_at, ends_at,
                                            queued_at, reason)
                values (:id, :meeting, :kind, :participant, :email, :language, :starts, :ends, :at, :reason)
                """, recipients.stream().map(r -> new MapSqlParameterSource().addValue("id", r.id())
                        .addValue("meeting", meeting.id().value()).addValue("kind", kind.name())
                        .addValue("participant", r.participant().value()).addValue("email", r.email())
                        .addValue("language", r.language()).addValue("starts", Timestamp.from(meeting.start()))
                        .addValue("ends", Timestamp.from(meeting.end())).addValue("at", now)
                        .addValue("reason", reason))
                .toArray(SqlParameterSource[]::new)));
    }
}
