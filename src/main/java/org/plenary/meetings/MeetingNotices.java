package org.plenary.meetings;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.plenary.contacts.Addresses;
import org.plenary.notifications.Outbox;
import org.plenary.notifications.QueuedMail;
import org.plenary.processes.Process;
import org.plenary.processes.Processes;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells every participant of the process (its contacts and its delegates' accounts, once per distinct address) that a
 * meeting was convened, moved, postponed or cancelled: the notices are recorded with the change, in its transaction,
 * and handed to the outbox ({@link MeetingNoticeMail} writes each in its recipient's language).
 */
@Component
class MeetingNotices {

    enum Kind { CONVENED, MOVED, POSTPONED, CANCELLED }

    private final NamedParameterJdbcOperations batch;
    private final Processes processes;
    private final Addresses addresses;
    private final Outbox outbox;
    private final Clock clock;

    MeetingNotices(NamedParameterJdbcOperations batch, Processes processes, Addresses addresses, Outbox outbox,
            Clock clock) {
        this.batch = batch;
        this.processes = processes;
        this.addresses = addresses;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Queues one e-mail per address of every participant of the process today, about the meeting as it now is. */
    @Transactional(propagation = Propagation.MANDATORY)
    void queue(Process process, Meeting meeting, Kind kind) {
        Instant now = clock.instant();
        List<SqlParameterSource> rows = new ArrayList<>();
        List<QueuedMail> mails = new ArrayList<>();
        for (Addresses.Addressed participant : addresses.of(processes.participants(process, processes.today(process)))) {
            for (Addresses.Address address : participant.addresses()) {
                UUID id = UUID.randomUUID();
                rows.add(new MapSqlParameterSource().addValue("id", id).addValue("meeting", meeting.id().value())
                        .addValue("kind", kind.name()).addValue("participant", participant.standing().id().value())
                        .addValue("email", address.email()).addValue("language", address.language())
                        .addValue("starts", Timestamp.from(meeting.start()))
                        .addValue("ends", Timestamp.from(meeting.end())).addValue("at", Timestamp.from(now)));
                mails.add(new QueuedMail(id, MeetingNoticeMail.KIND, address.email(), address.language()));
            }
        }
        batch.batchUpdate("""
                insert into meeting_notice (id, meeting, kind, participant, email, language, starts_at, ends_at,
                                            queued_at)
                values (:id, :meeting, :kind, :participant, :email, :language, :starts, :ends, :at)
                """, rows.toArray(SqlParameterSource[]::new));
        outbox.queue(mails);
    }
}
