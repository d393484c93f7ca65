package org.plenary.roster;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores obligation deadlines and their history of changes. */
@Repository
class ObligationRepository {

    private final JdbcClient jdbc;

    ObligationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The current deadline, locked until the end of the transaction. */
    Optional<LocalDate> lock(ParticipantId participant, String treaty, String article) {
        return jdbc.sql("""
                select deadline from obligation_deadline
                 where participant = :p and treaty = :t and article = :a for update
                """).param("p", participant.value()).param("t", treaty).param("a", article)
                .query(LocalDate.class).optional();
    }

    boolean decided(UUID decision) {
        return jdbc.sql("select count(*) from obligation_deadline_change where decision = :d").param("d", decision)
                .query(Integer.class).single() > 0;
    }

    /** Sets the deadline and writes the change into its history. */
    void set(ParticipantId participant, String treaty, String article, LocalDate previous,
            ObligationDeadline.Change change) {
        jdbc.sql("""
                insert into obligation_deadline (participant, treaty, article, deadline) values (:p, :t, :a, :d)
                on conflict (participant, treaty, article) do update set deadline = excluded.deadline
                """).param("p", participant.value()).param("t", treaty).param("a", article)
                .param("d", Date.valueOf(change.deadline())).update();
        jdbc.sql("""
                insert into obligation_deadline_change (id, participant, treaty, article, previous, deadline,
                                                        decision, decided_by, changed_at, changed_by)
                values (:id, :p, :t, :a, :previous, :d, :decision, :decidedBy, :at, :by)
                """).param("id", UUID.randomUUID()).param("p", participant.value()).param("t", treaty)
                .param("a", article).param("previous", previous == null ? null : Date.valueOf(previous))
                .param("d", Date.valueOf(change.deadline())).param("decision", change.decision())
                .param("decidedBy", change.decidedBy()).param("at", Timestamp.from(change.at()))
                .param("by", change.by()).update();
    }

    /** The obligations of a participant with their histories, by treaty and article. */
    List<ObligationDeadline> of(ParticipantId participant) {
        Map<String, List<ObligationDeadline.Change>> histories = new LinkedHashMap<>();
        jdbc.sql("""
                select * from obligation_deadline_change where participant = :p order by changed_at, deadline
                """).param("p", participant.value()).query(rs -> {
                    Date previous = rs.getDate("previous");
                    histories.computeIfAbsent(rs.getString("treaty") + "\n" + rs.getString("article"),
                            k -> new ArrayList<>()).add(new ObligationDeadline.Change(
                                    previous == null ? null : previous.toLocalDate(),
                                    rs.getDate("deadline").toLocalDate(), rs.getObject("decision", UUID.class),
                                    rs.getString("decided_by"), rs.getTimestamp("changed_at").toInstant(),
                                    rs.getString("changed_by")));
                });
        return jdbc.sql("""
                select treaty, article, deadline from obligation_deadline where participant = :p
                 order by treaty, article
                """).param("p", participant.value()).query((rs, n) -> new ObligationDeadline(participant,
                        rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(),
                        List.copyOf(histories.getOrDefault(rs.getString(1) + "\n" + rs.getString(2), List.of()))))
                .list();
    }
}
