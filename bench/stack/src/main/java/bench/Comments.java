package bench;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** pgbench's transaction of the spread case (bench/writes.sh, spread.sql): the audit entry and the answer. */
@Service
class Comments {

    record Recorded(UUID id, Instant receivedAt, UUID auditEntry) {
    }

    private final JdbcClient jdbc;

    Comments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public Recorded record(int procedure, Delegate delegate, String text) {
        UUID id = UUID.randomUUID();
        UUID entry = UUID.randomUUID();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        jdbc.sql("""
                insert into audit_entry values (:entry, pg_current_xact_id(), now(), 'silence.comment.received',
                  'silence-response', :id, 'process',
                  jsonb_build_object('procedure', :procedure, 'participantId', :who))
                """)
                .param("entry", entry).param("id", id.toString()).param("procedure", procedure)
                .param("who", delegate.participant()).update();
        jdbc.sql("insert into response values (:id, :procedure, :who, 'COMMENT', :text, now(), :entry)")
                .param("id", id).param("procedure", procedure).param("who", delegate.participant())
                .param("text", text).param("entry", entry).update();
        return new Recorded(id, now, entry);
    }
}
