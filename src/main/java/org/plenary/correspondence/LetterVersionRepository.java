package org.plenary.correspondence;

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

/** Stores the language versions of letters: one row per letter and language other than the original. */
@Repository
class LetterVersionRepository {

    private final JdbcClient jdbc;

    LetterVersionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    LanguageVersions<LetterText> of(Letter letter) {
        String original = jdbc.sql("select original_language from letter where id = :id")
                .param("id", letter.id().value()).query(String.class).single();
        Map<String, LetterText> versions = new LinkedHashMap<>();
        jdbc.sql("select language, subject, body, signatory_title from letter_version where letter = :id")
                .param("id", letter.id().value())
                .query(rs -> {
                    versions.put(rs.getString("language"), new LetterText(rs.getString("subject"), rs.getString("body"),
                            rs.getString("signatory_title")));
                });
        return new LanguageVersions<>(original, LetterText.of(letter), versions);
    }

    /** The subjects of the process's letters in {@code language}, by letter, where a version exists. */
    Map<UUID, String> subjects(ProcessId process, String language) {
        Map<UUID, String> subjects = new HashMap<>();
        jdbc.sql("""
                select v.letter, v.subject from letter_version v join letter t on t.id = v.letter
                 where t.process = :process and v.language = :language
                """)
                .param("process", process.value()).param("language", language)
                .query(rs -> {
                    subjects.put(rs.getObject(1, UUID.class), rs.getString(2));
                });
        return subjects;
    }

    /** Adds or replaces the version in {@code language}. */
    void save(LetterId letter, String language, LetterText text, Instant at, String by) {
        jdbc.sql("""
                insert into letter_version (letter, language, subject, body, signatory_title, created_at, created_by,
                                            updated_at, updated_by)
                values (:letter, :language, :subject, :body, :title, :at, :by, :at, :by)
                on conflict (letter, language) do update
                   set subject = excluded.subject, body = excluded.body, signatory_title = excluded.signatory_title,
                       updated_at = excluded.updated_at, updated_by = excluded.updated_by
                """)
                .param("letter", letter.value()).param("language", language).param("subject", text.subject())
                .param("body", text.body()).param("title", text.signatoryTitle())
                .param("at", Timestamp.from(at)).param("by", by)
                .update();
    }
}
