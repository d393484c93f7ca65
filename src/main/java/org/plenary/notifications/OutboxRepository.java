package org.plenary.notifications;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The outbox table: one row per queued e-mail, with its delivery state. */
@Repository
class OutboxRepository {

    /** A queued e-mail as the delivery reads it. */
    record Row(QueuedMail mail, String status) {
    }

    private final JdbcClient jdbc;
    private final NamedParameterJdbcOperations batch;

    OutboxRepository(JdbcClient jdbc, NamedParameterJdbcOperations batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    void insert(List<QueuedMail> mails, Instant at) {
        batch.batchUpdate("""
                insert into mail_outbox (id, kind, recipient, language, status, queued_at, updated_at)
                values (:id, :kind, :recipient, :language, 'QUEUED', :at, :at)
                """, mails.stream().map(m -> new MapSqlParameterSource().addValue("id", m.id())
                        .addValue("kind", m.kind()).addValue("recipient", m.to()).addValue("language", m.language())
                        .addValue("at", Timestamp.from(at)))
                .toArray(SqlParameterSource[]::new));
    }

    /** Locks the row for the delivery attempt, so that no two attempts overlap. */
    Optional<Row> lock(UUID id) {
        return jdbc.sql("select id, kind, recipient, language, status from mail_outbox where id = :id for update")
                .param("id", id)
                .query((rs, n) -> new Row(new QueuedMail(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getString(3), rs.getString(4)), rs.getString(5)))
                .optional();
    }

    void markSent(UUID id, Instant at) {
        jdbc.sql("""
                update mail_outbox set status = 'SENT', sent_at = :at, updated_at = :at, attempts = attempts + 1,
                       last_error = null
                 where id = :id
                """).param("at", Timestamp.from(at)).param("id", id).update();
    }

    /** Records a failed attempt; answers the kind of the e-mail, unless it was sent meanwhile. */
    Optional<String> markFailed(UUID id, String error, Instant at) {
        return jdbc.sql("""
                update mail_outbox set status = 'FAILED', last_error = :error, updated_at = :at,
                       attempts = attempts + 1
                 where id = :id and status <> 'SENT'
                returning kind
                """).param("error", error).param("at", Timestamp.from(at)).param("id", id).query(String.class)
                .optional();
    }

    /** Queues a failed e-mail again, its attempts counted from zero; false if it has not failed. */
    boolean requeue(UUID id, Instant at) {
        return jdbc.sql("""
                update mail_outbox set status = 'QUEUED', attempts = 0, last_error = null, updated_at = :at
                 where id = :id and status = 'FAILED'
                """).param("at", Timestamp.from(at)).param("id", id).update() == 1;
    }
}
