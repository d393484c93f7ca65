package org.plenary.correspondence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.plenary.contacts.Addresses;
import org.plenary.contacts.Coverage;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The dispatches of letters: one row per e-mail of a letter, with its delivery state as the outbox reported it. */
@Repository
class DispatchRepository {

    private static final String SELECT = """
            select d.*, p.name as participant_name
              from letter_dispatch d join participant p on p.id = d.participant
            """;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcOperations batch;

    DispatchRepository(JdbcClient jdbc, NamedParameterJdbcOperations batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** One e-mail of a letter to be queued: to {@code email}, the address of an account, a contact or both. */
    record NewDispatch(UUID id, UUID participant, Addresses.Address address) {
    }

    /** Queues the e-mails of a letter in one batch: a letter to 200 missions queues hundreds. */
    void queue(LetterId letter, List<NewDispatch> queued, Instant at) {
        batch.batchUpdate("""
                insert into letter_dispatch (id, letter, participant, account, contact, email, language, status,
                                             queued_at, updated_at)
                values (:id, :letter, :participant, :account, :contact, :email, :language, 'QUEUED', :at, :at)
                """, queued.stream().map(d -> new MapSqlParameterSource()
                        .addValue("id", d.id()).addValue("letter", letter.value()).addValue("participant", d.participant())
                        .addValue("account", d.address().account()).addValue("contact", d.address().contact())
                        .addValue("email", d.address().email()).addValue("language", d.address().language())
                        .addValue("at", Timestamp.from(at)))
                .toArray(SqlParameterSource[]::new));
    }

    /** Locks the dispatch row for the delivery attempt, so that no two attempts overlap. */
    Optional<Dispatch> lock(UUID id) {
        return jdbc.sql(SELECT + " where d.id = :id for update of d").param("id", id).query(this::map).optional();
    }

    /** The dispatches of {@code ids} that exist, by id, read at once (the outbox writes e-mails in batches). */
    Map<UUID, Dispatch> find(List<UUID> ids) {
        return ids.isEmpty() ? Map.of() : jdbc.sql(SELECT + " where d.id in (:ids)").param("ids", ids)
                .query(this::map).list().stream().collect(Collectors.toMap(Dispatch::id, Function.identity()));
    }

    void markSent(List<UUID> ids, Instant at) {
        jdbc.sql("""
                update letter_dispatch set status = 'SENT', sent_at = :at, updated_at = :at, attempts = attempts + 1,
                       last_error = null
                 where id in (:ids) and status <> 'SENT'
                """).param("at", Timestamp.from(at)).param("ids", ids).update();
    }

    void markFailed(UUID id, String error, Instant at) {
        jdbc.sql("""
                update letter_dispatch set status = 'FAILED', last_error = :error, updated_at = :at,
                       attempts = attempts + 1
                 where id = :id and status <> 'SENT'
                """).param("error", error).param("at", Timestamp.from(at)).param("id", id).update();
    }

    /** Locks the failed dispatches of a letter, to queue them again. */
    List<Dispatch> lockFailed(LetterId letter) {
        return jdbc.sql(SELECT + " where d.letter = :letter and d.status = 'FAILED' order by d.id for update of d")
                .param("letter", letter.value()).query(this::map).list();
    }

    /** Queues a failed dispatch again, its attempts counted from zero. */
    void requeue(UUID id, Instant at) {
        jdbc.sql("""
                update letter_dispatch set status = 'QUEUED', attempts = 0, last_error = null, updated_at = :at
                 where id = :id and status = 'FAILED'
                """).param("at", Timestamp.from(at)).param("id", id).update();
    }

    List<Dispatch> ofLetter(LetterId letter) {
        return jdbc.sql(SELECT + " where d.letter = :letter order by p.name, d.email").param("letter", letter.value())
                .query(this::map).list();
    }

    /** The participants a sent letter was addressed to, by name, each with the number of its e-mails. */
    Coverage coverage(LetterId letter) {
        record Recipient(UUID participant, String name, int emails) {
        }
        List<Recipient> recipients = jdbc.sql("""
                select r.participant, p.name, count(d.id) as emails
                  from letter_recipient r join participant p on p.id = r.participant
                  left join letter_dispatch d on d.letter = r.letter and d.participant = r.participant
                 where r.letter = :letter
                 group by r.participant, p.name
                 order by p.name
                """).param("letter", letter.value())
                .query((rs, n) -> new Recipient(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3))).list();
        List<Coverage.Unreached> unreached = recipients.stream().filter(r -> r.emails() == 0)
                .map(r -> new Coverage.Unreached(r.participant(), r.name())).toList();
        return new Coverage(recipients.size(), recipients.size() - unreached.size(),
                recipients.stream().mapToInt(Recipient::emails).sum(), unreached);
    }

    private Dispatch map(ResultSet rs, int n) throws SQLException {
        Timestamp sentAt = rs.getTimestamp("sent_at");
        return new Dispatch(rs.getObject("id", UUID.class), new LetterId(rs.getObject("letter", UUID.class)),
                rs.getObject("participant", UUID.class), rs.getString("participant_name"), rs.getString("email"),
                rs.getString("language"),
                DispatchStatus.valueOf(rs.getString("status")), rs.getInt("attempts"), rs.getString("last_error"),
                rs.getTimestamp("queued_at").toInstant(), sentAt == null ? null : sentAt.toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
