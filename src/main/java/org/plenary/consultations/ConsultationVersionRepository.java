package org.plenary.consultations;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.plenary.processes.ProcessId;
import org.plenary.shared.LanguageVersions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores the language versions of consultations: a title per language, and elements and questions by ref. */
@Repository
class ConsultationVersionRepository {

    private static final String ELEMENT = "ELEMENT";
    private static final String QUESTION = "QUESTION";

    private final JdbcClient jdbc;

    ConsultationVersionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    LanguageVersions<ConsultationText> of(Consultation consultation) {
        UUID id = consultation.id().value();
        String original = jdbc.sql("select original_language from consultation where id = :id").param("id", id)
                .query(String.class).single();
        Map<String, Map<String, Map<String, String>>> texts = new HashMap<>();
        jdbc.sql("select language, kind, ref, text from consultation_text_version where consultation = :id")
                .param("id", id)
                .query(rs -> {
                    texts.computeIfAbsent(rs.getString(1), l -> new HashMap<>())
                            .computeIfAbsent(rs.getString(2), k -> new HashMap<>()).put(rs.getString(3), rs.getString(4));
                });
        Map<String, ConsultationText> versions = new HashMap<>();
        jdbc.sql("select language, title from consultation_version where consultation = :id").param("id", id)
                .query(rs -> {
                    Map<String, Map<String, String>> kinds = texts.getOrDefault(rs.getString(1), Map.of());
                    versions.put(rs.getString(1), new ConsultationText(rs.getString(2),
                            kinds.getOrDefault(ELEMENT, Map.of()), kinds.getOrDefault(QUESTION, Map.of())));
                });
        return new LanguageVersions<>(original, ConsultationText.of(consultation), versions);
    }

    /** The titles of the process's consultations in {@code language}, by consultation, where a version exists. */
    Map<UUID, String> titles(ProcessId process, String language) {
        Map<UUID, String> titles = new HashMap<>();
        jdbc.sql("""
                select v.consultation, v.title from consultation_version v join consultation c on c.id = v.consultation
                 where c.process = :process and v.language = :language
                """)
                .param("process", process.value()).param("language", language)
                .query(rs -> {
                    titles.put(rs.getObject(1, UUID.class), rs.getString(2));
                });
        return titles;
    }

    /**
     * The consultation's title in {@code language}: its version's, else its own (also for a consultation not yet
     * stored, whose opening notice is previewed).
     */
    String title(Consultation consultation, String language) {
        return jdbc.sql("select title from consultation_version where consultation = :id and language = :language")
                .param("id", consultation.id().value()).param("language", language).query(String.class).optional()
                .orElse(consultation.title());
    }

    /** Adds or replaces the version in {@code language}, its elements and questions with it. */
    void save(ConsultationId consultation, String language, ConsultationText text, Instant at, String by) {
        jdbc.sql("""
                insert into consultation_version (consultation, language, title, created_at, created_by, updated_at,
                                                  updated_by)
                values (:consultation, :language, :title, :at, :by, :at, :by)
                on conflict (consultation, language) do update
                   set title = excluded.title, updated_at = excluded.updated_at, updated_by = excluded.updated_by
                """)
                .param("consultation", consultation.value()).param("language", language).param("title", text.title())
                .param("at", Timestamp.from(at)).param("by", by)
                .update();
        jdbc.sql("delete from consultation_text_version where consultation = :c and language = :language")
                .param("c", consultation.value()).param("language", language).update();
        text.elements().forEach((ref, t) -> insert(consultation, language, ELEMENT, ref, t));
        text.questions().forEach((ref, t) -> insert(consultation, language, QUESTION, ref, t));
    }

    private void insert(ConsultationId consultation, String language, String kind, String ref, String text) {
        jdbc.sql("""
                insert into consultation_text_version (consultation, language, kind, ref, text)
                values (:c, :language, :kind, :ref, :text)
                """)
                .param("c", consultation.value()).param("language", language).param("kind", kind).param("ref", ref)
                .param("text", text).update();
    }
}
