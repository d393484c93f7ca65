package org.plenary.consultations;

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
 * consultation was opened, extended or closed early: the notices are recorded with the change, in its transaction,
 * and handed to the outbox ({@link ConsultationNoticeMail} writes each in its recipient's language).
 */
@Component
class ConsultationNotices {

    enum Kind { OPENED, EXTENDED, CLOSED_EARLY }

    private final NamedParameterJdbcOperations batch;
    private final Processes processes;
    private final Addresses addresses;
    private final Outbox outbox;
    private final Clock clock;

    ConsultationNotices(NamedParameterJdbcOperations batch, Processes processes, Addresses addresses, Outbox outbox,
            Clock clock) {
        this.batch = batch;
        this.processes = processes;
        this.addresses = addresses;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Queues one e-mail per address of every participant of the process today; answers how many. */
    @Transactional(propagation = Propagation.MANDATORY)
    int queue(Process process, Consultation consultation, Kind kind) {
        Instant now = clock.instant();
        List<SqlParameterSource> rows = new ArrayList<>();
        List<QueuedMail> mails = new ArrayList<>();
        for (Addresses.Addressed participant : addresses.of(processes.participants(process, processes.today(process)))) {
            for (Addresses.Address address : participant.addresses()) {
                UUID id = UUID.randomUUID();
                rows.add(new MapSqlParameterSource().addValue("id", id).addValue("c", consultation.id().value())
                        .addValue("kind", kind.name()).addValue("participant", participant.standing().id().value())
                        .addValue("email", address.email()).addValue("language", address.language())
                        .addValue("opens", Timestamp.from(consultation.opensAt()))
                        .addValue("closes", Timestamp.from(consultation.closesAt()))
                        .addValue("at", Timestamp.from(now)));
                mails.add(new QueuedMail(id, ConsultationNoticeMail.KIND, address.email(), address.language()));
            }
        }
        batch.batchUpdate("""
                insert into consultation_notice (id, consultation, kind, participant, email, language, opens_at,
                                                 closes_at, queued_at)
                values (:id, :c, :kind, :participant, :email, :language, :opens, :closes, :at)
                """, rows.toArray(SqlParameterSource[]::new));
        outbox.queue(mails);
        return mails.size();
    }
}
