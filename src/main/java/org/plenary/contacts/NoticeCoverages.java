package org.plenary.contacts;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coverage of each notice to every participant, as it was when the notice was queued (the participants of the
 * process change; what a notice reached does not), kept per subject (a procedure, a consultation, a meeting).
 */
@NamedInterface("api")
@Component
public class NoticeCoverages {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcOperations batch;
    private final Clock clock;

    NoticeCoverages(JdbcClient jdbc, NamedParameterJdbcOperations batch, Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.clock = clock;
    }

    /** Records how far a notice about {@code subject} reached, in the transaction that queues it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(UUID subject, Coverage coverage) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into notice_coverage (id, subject, addressed, reached, emails, recorded_at)
                values (:id, :subject, :addressed, :reached, :emails, :at)
                """).param("id", id).param("subject", subject).param("addressed", coverage.addressed())
                .param("reached", coverage.reached()).param("emails", coverage.emails())
                .param("at", Timestamp.from(clock.instant())).update();
        batch.batchUpdate("""
                insert into notice_unreached (coverage, participant, participant_name) values (:id, :participant, :name)
                """, coverage.unreached().stream().map(u -> new MapSqlParameterSource().addValue("id", id)
                .addValue("participant", u.participantId()).addValue("name", u.participantName()))
                .toArray(SqlParameterSource[]::new));
    }

    /** How far the last notice about {@code subject} reached; empty if none was sent. */
    @Transactional(readOnly = true)
    public Optional<Coverage> last(UUID subject) {
        return jdbc.sql("""
                select id, addressed, reached, emails from notice_coverage where subject = :subject
                 order by recorded_at desc, id limit 1
                """).param("subject", subject)
                .query((rs, n) -> new Recorded(rs.getObject(1, UUID.class), rs.getInt(2), rs.getInt(3), rs.getInt(4)))
                .optional().map(r -> new Coverage(r.addressed(), r.reached(), r.emails(), unreached(r.id())));
    }

    private record Recorded(UUID id, int addressed, int reached, int emails) {
    }

    private List<Coverage.Unreached> unreached(UUID coverage) {
        return jdbc.sql("""
                select participant, participant_name from notice_unreached where coverage = :c
                 order by participant_name
                """).param("c", coverage)
                .query((rs, n) -> new Coverage.Unreached(rs.getObject(1, UUID.class), rs.getString(2))).list();
    }
}
