package org.plenary.consultations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.plenary.documents.DocumentId;
import org.plenary.processes.ProcessId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Consultations with their elements and questions. */
@Repository
class ConsultationRepository {

    private final JdbcClient jdbc;

    ConsultationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Consultation c) {
        jdbc.sql("""
                insert into consultation (id, process, title, document, opens_at, closes_at, created_at, created_by,
                                          original_language)
                values (:id, :process, :title, :document, :opens, :closes, :at, :by,
                        (select languages[1] from process where id = :process))
                """)
                .param("id", c.id().value()).param("process", c.process().value()).param("title", c.title())
                .param("document", c.document() == null ? null : c.document().value())
                .param("opens", Timestamp.from(c.opensAt())).param("closes", Timestamp.from(c.closesAt()))
                .param("at", Timestamp.from(c.createdAt())).param("by", c.createdBy()).update();
        insertTexts("consultation_element", c.id(), c.elements());
        insertTexts("consultation_question", c.id(), c.questions());
    }

    private void insertTexts(String table, ConsultationId id, List<NumberedText> texts) {
        for (int i = 0; i < texts.size(); i++) {
            jdbc.sql("insert into " + table + " (consultation, ref, position, text) "
                    + "values (:c, :ref, :position, :text)")
                    .param("c", id.value()).param("ref", texts.get(i).ref()).param("position", i)
                    .param("text", texts.get(i).text()).update();
        }
    }

    Optional<Consultation> find(ConsultationId id) {
        return jdbc.sql("select * from consultation where id = :id").param("id", id.value()).query(this::map)
                .optional();
    }

    /** The consultation, its row locked until the end of the transaction: changes of its times are serialised. */
    Optional<Consultation> lock(ConsultationId id) {
        return jdbc.sql("select * from consultation where id = :id for update").param("id", id.value())
                .query(this::map).optional();
    }

    /**
     * The consultation, its row shared-locked until the end of the transaction: a submission sees the closing time
     * that holds when it commits, as closing or extending waits for it.
     */
    Optional<Consultation> share(ConsultationId id) {
        return jdbc.sql("select * from consultation where id = :id for share").param("id", id.value())
                .query(this::map).optional();
    }

    /** The consultations of a process, the latest closing first. */
    List<Consultation> byProcess(ProcessId process) {
        return jdbc.sql("select * from consultation where process = :process order by closes_at desc, created_at desc")
                .param("process", process.value()).query(this::map).list();
    }

    void changeClosing(ConsultationId id, Instant closesAt, boolean closedEarly) {
        jdbc.sql("""
                update consultation set closes_at = :closes, closed_early = :early, version = version + 1
                 where id = :id
                """).param("closes", Timestamp.from(closesAt)).param("early", closedEarly).param("id", id.value())
                .update();
    }

    /** Closes the consultation now, before its closing time, for {@code reason}. */
    void closeEarly(ConsultationId id, Instant at, String reason) {
        jdbc.sql("""
                update consultation set closes_at = :closes, closed_early = true, closing_reason = :reason,
                       version = version + 1
                 where id = :id
                """).param("closes", Timestamp.from(at)).param("reason", reason).param("id", id.value()).update();
    }

    /** Why the consultation was closed early, when it was (and a reason was asked). */
    Optional<String> closingReason(ConsultationId id) {
        return jdbc.sql("select closing_reason from consultation where id = :id").param("id", id.value())
                .query(String.class).optional();
    }

    private Consultation map(ResultSet rs, int n) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        UUID document = rs.getObject("document", UUID.class);
        return new Consultation(new ConsultationId(id), new ProcessId(rs.getObject("process", UUID.class)),
                rs.getString("title"), document == null ? null : new DocumentId(document),
                rs.getTimestamp("opens_at").toInstant(), rs.getTimestamp("closes_at").toInstant(),
                rs.getBoolean("closed_early"), rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
                texts("consultation_element", id), texts("consultation_question", id), rs.getLong("version"));
    }

    private List<NumberedText> texts(String table, UUID consultation) {
        return jdbc.sql("select ref, text from " + table + " where consultation = :c order by position")
                .param("c", consultation).query((rs, n) -> new NumberedText(rs.getString(1), rs.getString(2))).list();
    }
}
