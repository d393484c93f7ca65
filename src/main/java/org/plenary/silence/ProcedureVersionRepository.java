package org.plenary.silence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.plenary.processes.ProcessId;
import org.plenary.shared.LanguageVersions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores the language versions of silence procedures: one row per procedure and language other than the original. */
@Repository
class ProcedureVersionRepository {

    private final JdbcClient jdbc;

    ProcedureVersionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    LanguageVersions<ProcedureText> of(SilenceProcedure procedure) {
        String original = jdbc.sql("select original_language from silence_procedure where id = :id")
                .param("id", procedure.id().value()).query(String.class).single();
        Map<String, ProcedureText> versions = new LinkedHashMap<>();
        jdbc.sql("select language, subject, proposal from silence_procedure_version where procedure = :id")
                .param("id", procedure.id().value())
                .query(rs -> {
                    versions.put(rs.getString("language"),
                            new ProcedureText(rs.getString("subject"), rs.getString("proposal")));
                });
        return new LanguageVersions<>(original, ProcedureText.of(procedure), versions);
    }

    /** The subjects of the process's procedures in {@code language}, by procedure, where a version exists. */
    Map<UUID, String> subjects(ProcessId process, String language) {
        Map<UUID, String> subjects = new HashMap<>();
        jdbc.sql("""
                select v.procedure, v.subject from silence_procedure_version v join silence_procedure t on t.id = v.procedure
                 where t.process = :process and v.language = :language
                """)
                .param("process", process.value()).param("language", language)
                .query(rs -> {
                    subjects.put(rs.getObject(1, UUID.class), rs.getString(2));
                });
        return subjects;
    }

    /** Adds or replaces the version in {@code language}. */
    void save(SilenceProcedureId procedure, String language, ProcedureText text, Instant at, String by) {
        jdbc.sql("""
                insert into silence_procedure_version (procedure, language, subject, proposal, created_at, created_by,
                                                       updated_at, updated_by)
                values (:procedure, :language, :subject, :proposal, :at, :by, :at, :by)
                on conflict (procedure, language) do update
                   set subject = excluded.subject, proposal = excluded.proposal, updated_at = excluded.updated_at,
                       updated_by = excluded.updated_by
                """)
                .param("procedure", procedure.value()).param("language", language).param("subject", text.subject())
                .param("proposal", text.proposal()).param("at", Timestamp.from(at)).param("by", by)
                .update();
    }
}
