package org.plenary.notifications;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The outbox table: one row per queued e-mail, with its delivery state. An e-mail is due from {@code next_attempt_at}
 * (null when nothing is left to do) and delivered under a claim: {@code claimed_by} an instance until
 * {@code claimed_until}, taken with {@code FOR UPDATE SKIP LOCKED} so that no two instances claim the same row. The
 * times of due and claimed rows are the database's ({@code now()}), the same for every instance; the times shown to
 * officers (queued, sent) are the application's clock.
 */
@Repository
class OutboxRepository {

    /** A claimed e-mail, with the attempts made before this one. */
    record Claimed(QueuedMail mail, int attempts) {
    }

    private final JdbcClient jdbc;
    private final NamedParameterJdbcOperations batch;

    OutboxRepository(JdbcClient jdbc, NamedParameterJdbcOperations batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    void insert(List<QueuedMail> mails, Instant at) {
        batch.batchUpdate("""
                insert into mail_outbox (id, kind, recipient, language, status, queued_at, updated_at, next_attempt_at)
                values (:id, :kind, :recipient, :language, 'QUEUED', :at, :at, now())
                """, mails.stream().map(m -> new MapSqlParameterSource().addValue("id", m.id())
                        .addValue("kind", m.kind()).addValue("recipient", m.to()).addValue("language", m.language())
                        .addValue("at", Timestamp.from(at)))
                .toArray(SqlParameterSource[]::new));
    }

    /**
     * Claims up to {@code limit} due e-mails for {@code instance} during {@code lease}, the longest waiting first:
     * rows claimed by another instance whose lease has not run out are skipped, and so are rows being claimed at
     * this moment.
     */
    List<Claimed> claim(String instance, int limit, Duration lease) {
        return jdbc.sql("""
                update mail_outbox o
                   set claimed_by = :instance, claimed_until = now() + make_interval(secs => :lease)
                  from (select id from mail_outbox
                         where next_attempt_at <= now() and (claimed_until is null or claimed_until < now())
                         order by next_attempt_at limit :limit
                           for update skip locked) due
                 where o.id = due.id
                returning o.id, o.kind, o.recipient, o.language, o.attempts
                """).param("instance", instance).param("lease", lease.toMillis() / 1000.0).param("limit", limit)
                .query((rs, n) -> new Claimed(new QueuedMail(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getString(3), rs.getString(4)), rs.getInt(5)))
                .list();
    }

    /** Gives back what {@code instance} claimed and did not deliver (it stops), for any instance to take now. */
    void release(String instance) {
        jdbc.sql("update mail_outbox set claimed_by = null, claimed_until = null where claimed_by = :instance")
                .param("instance", instance).update();
    }

    /** Gives back claimed e-mails that were not tried, for any instance to take now. */
    void release(List<UUID> ids) {
        jdbc.sql("update mail_outbox set claimed_by = null, claimed_until = null where id in (:ids)")
                .param("ids", ids).update();
    }

    /** Records e-mails as sent; answers those that were not already, by kind. */
    Map<String, List<UUID>> markSent(List<UUID> ids, Instant at) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        record Sent(UUID id, String kind) {
        }
        return jdbc.sql("""
                update mail_outbox set status = 'SENT', sent_at = :at, updated_at = :at, attempts = attempts + 1,
                       last_error = null, next_attempt_at = null, claimed_by = null, claimed_until = null
                 where id in (:ids) and status <> 'SENT'
                returning id, kind
                """).param("at", Timestamp.from(at)).param("ids", ids)
                .query((rs, n) -> new Sent(rs.getObject(1, UUID.class), rs.getString(2))).list().stream()
                .collect(Collectors.groupingBy(Sent::kind, Collectors.mapping(Sent::id, Collectors.toList())));
    }

    /**
     * Records a failed attempt, to be tried again after {@code retryIn} (none: not again); answers the kind of the
     * e-mail, unless it was sent meanwhile.
     */
    Optional<String> markFailed(UUID id, String error, Instant at, Optional<Duration> retryIn) {
        return jdbc.sql("""
                update mail_outbox set status = 'FAILED', last_error = :error, updated_at = :at,
                       attempts = attempts + 1, claimed_by = null, claimed_until = null,
                       next_attempt_at = now() + make_interval(secs => cast(:retryIn as double precision))
                 where id = :id and status <> 'SENT'
                returning kind
                """).param("error", error).param("at", Timestamp.from(at)).param("id", id)
                .param("retryIn", retryIn.map(d -> d.toMillis() / 1000.0).orElse(null)).query(String.class)
                .optional();
    }

    /**
     * Queues a failed e-mail again, due now, its attempts counted from zero; false if it has not failed or is
     * claimed by a delivery at this moment.
     */
    boolean requeue(UUID id, Instant at) {
        return jdbc.sql("""
                update mail_outbox set status = 'QUEUED', attempts = 0, last_error = null, updated_at = :at,
                       next_attempt_at = now(), claimed_by = null, claimed_until = null
                 where id = :id and status = 'FAILED' and (claimed_until is null or claimed_until < now())
                """).param("at", Timestamp.from(at)).param("id", id).update() == 1;
    }
}
