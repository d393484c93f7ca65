package org.plenary.meetings;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.plenary.processes.ProcessId;
import org.plenary.shared.LanguageVersions;
import org.plenary.shared.MeetingId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores the language versions of meetings: a title per meeting and language, and the agenda items' titles. */
@Repository
class MeetingVersionRepository {

    private final JdbcClient jdbc;

    MeetingVersionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    LanguageVersions<MeetingText> of(Meeting meeting) {
        UUID id = meeting.id().value();
        String original = jdbc.sql("select original_language from meeting where id = :id").param("id", id)
                .query(String.class).single();
        Map<String, Map<String, String>> items = new HashMap<>();
        jdbc.sql("select language, label, title from meeting_item_version where meeting = :id").param("id", id)
                .query(rs -> {
                    items.computeIfAbsent(rs.getString(1), l -> new HashMap<>()).put(rs.getString(2), rs.getString(3));
                });
        Map<String, MeetingText> versions = new HashMap<>();
        jdbc.sql("select language, title from meeting_version where meeting = :id").param("id", id)
                .query(rs -> {
                    Map<String, String> agenda = new HashMap<>(items.getOrDefault(rs.getString(1), Map.of()));
                    agenda.keySet().retainAll(meeting.agenda().stream().map(AgendaItem::label).toList());
                    versions.put(rs.getString(1), new MeetingText(rs.getString(2), agenda));
                });
        return new LanguageVersions<>(original, MeetingText.of(meeting), versions);
    }

    /** The titles of the process's meetings in {@code language}, by meeting, where a version exists. */
    Map<UUID, String> titles(ProcessId process, String language) {
        Map<UUID, String> titles = new HashMap<>();
        jdbc.sql("""
                select v.meeting, v.title from meeting_version v join meeting m on m.id = v.meeting
                 where m.process = :process and v.language = :language
                """)
                .param("process", process.value()).param("language", language)
                .query(rs -> {
                    titles.put(rs.getObject(1, UUID.class), rs.getString(2));
                });
        return titles;
    }

    /** Adds or replaces the version in {@code language}, its agenda items with it. */
    void save(MeetingId meeting, String language, MeetingText text, Instant at, String by) {
        jdbc.sql("""
                insert into meeting_version (meeting, language, title, created_at, created_by, updated_at, updated_by)
                values (:meeting, :language, :title, :at, :by, :at, :by)
                on conflict (meeting, language) do update
                   set title = excluded.title, updated_at = excluded.updated_at, updated_by = excluded.updated_by
                """)
                .param("meeting", meeting.value()).param("language", language).param("title", text.title())
                .param("at", Timestamp.from(at)).param("by", by)
                .update();
        jdbc.sql("delete from meeting_item_version where meeting = :meeting and language = :language")
                .param("meeting", meeting.value()).param("language", language).update();
        text.agenda().forEach((label, title) -> jdbc.sql("""
                insert into meeting_item_version (meeting, language, label, title)
                values (:meeting, :language, :label, :title)
                """)
                .param("meeting", meeting.value()).param("language", language).param("label", label)
                .param("title", title).update());
    }
}
