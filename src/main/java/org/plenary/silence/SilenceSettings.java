package org.plenary.silence;

import java.sql.Timestamp;
import java.time.Instant;
import org.plenary.processes.ProcessId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The silence settings of a process: for now, what is published of the objections (a default without a row). */
@Service
public class SilenceSettings {

    private final JdbcClient jdbc;

    SilenceSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public ObjectionsPublication objectionsPublication(ProcessId process) {
        return jdbc.sql("select objections_publication from silence_setting where process = :p")
                .param("p", process.value()).query(String.class).optional().map(ObjectionsPublication::valueOf)
                .orElse(ObjectionsPublication.DEFAULT);
    }

    void save(ProcessId process, ObjectionsPublication publication, Instant at, String by) {
        jdbc.sql("""
                insert into silence_setting (process, objections_publication, updated_at, updated_by)
                values (:p, :publication, :at, :by)
                on conflict (process) do update set objections_publication = excluded.objections_publication,
                       updated_at = excluded.updated_at, updated_by = excluded.updated_by
                """).param("p", process.value()).param("publication", publication.name())
                .param("at", Timestamp.from(at)).param("by", by).update();
    }
}
