package org.plenary.decisions;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.plenary.processes.ProcessId;
import org.plenary.silence.SilenceProcedureId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The final reports put under silence: which procedure, which document, and when their listing was drawn up. */
@Repository
class ReportRepository {

    /** A report under a procedure. */
    record Report(SilenceProcedureId procedure, ProcessId process, UUID document, Instant listedAt) {
    }

    private final JdbcClient jdbc;

    ReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Report r, String by) {
        jdbc.sql("""
                insert into report_procedure (procedure, process, document, listed_at, drafted_by)
                values (:procedure, :process, :document, :at, :by)
                """).param("procedure", r.procedure().value()).param("process", r.process().value())
                .param("document", r.document()).param("at", Timestamp.from(r.listedAt())).param("by", by).update();
    }

    Optional<Report> find(ProcessId process, SilenceProcedureId procedure) {
        return jdbc.sql("select procedure, process, document, listed_at from report_procedure "
                        + "where process = :process and procedure = :procedure")
                .param("process", process.value()).param("procedure", procedure.value())
                .query((rs, n) -> new Report(new SilenceProcedureId(rs.getObject("procedure", UUID.class)),
                        new ProcessId(rs.getObject("process", UUID.class)), rs.getObject("document", UUID.class),
                        rs.getTimestamp("listed_at").toInstant())).optional();
    }
}
