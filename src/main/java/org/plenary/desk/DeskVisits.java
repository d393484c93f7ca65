package org.plenary.desk;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** When each account last opened its desk: a reading mark, like a mail reader's, not a change of any record. */
@Repository
class DeskVisits {

    private final JdbcClient jdbc;

    DeskVisits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Instant> last(UUID account) {
        return jdbc.sql("select visited_at from desk_visit where account = :account").param("account", account)
                .query((rs, n) -> rs.getTimestamp(1).toInstant()).optional();
    }

    void record(UUID account, Instant at) {
        jdbc.sql("""
                insert into desk_visit (account, visited_at) values (:account, :at)
                on conflict (account) do update set visited_at = excluded.visited_at
                """)
                .param("account", account).param("at", java.sql.Timestamp.from(at)).update();
    }
}
