package org.plenary.silence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.plenary.roster.ParticipantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores the draft decisions of procedures, their language versions and the drafts each answer reaches. Changes
 * happen under the lock of the procedure row, which its callers hold.
 */
@Repository
class DraftRepository {

    private final JdbcClient jdbc;

    DraftRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces the drafts of a procedure not yet circulated, keeping the ids (and versions) of those that stay. */
    void replace(SilenceProcedureId procedure, List<DraftContent.DraftText> drafts) {
        List<DraftDecision> before = of(procedure);
        for (int i = 0; i < drafts.size(); i++) {
            DraftContent.DraftText d = drafts.get(i);
            if (i < before.size()) {
                extension(jdbc.sql("""
                        update silence_draft set symbol = :symbol, title = :title, text = :text,
                               extension_participant = :participant, extension_article = :article,
                               extension_deadline = :deadline
                         where id = :id
                        """).param("symbol", d.symbol()).param("title", d.title()).param("text", d.text())
                        .param("id", before.get(i).id()), d.extension()).update();
            } else {
                extension(jdbc.sql("""
                        insert into silence_draft (id, procedure, position, symbol, title, text, status,
                                                   extension_participant, extension_article, extension_deadline)
                        values (:id, :procedure, :position, :symbol, :title, :text, 'OPEN', :participant, :article,
                                :deadline)
                        """).param("id", UUID.randomUUID()).param("procedure", procedure.value())
                        .param("position", i + 1).param("symbol", d.symbol()).param("title", d.title())
                        .param("text", d.text()), d.extension()).update();
            }
        }
        for (DraftDecision gone : before.subList(Math.min(drafts.size(), before.size()), before.size())) {
            jdbc.sql("delete from silence_draft_version where draft = :id").param("id", gone.id()).update();
            jdbc.sql("delete from silence_draft where id = :id").param("id", gone.id()).update();
        }
    }

    private static JdbcClient.StatementSpec extension(JdbcClient.StatementSpec sql, DeadlineExtension e) {
        return sql.param("participant", e == null ? null : e.participant().value(), Types.OTHER)
                .param("article", e == null ? null : e.article(), Types.VARCHAR)
                .param("deadline", e == null ? null : Date.valueOf(e.deadline()), Types.DATE);
    }

    List<DraftDecision> of(SilenceProcedureId procedure) {
        return jdbc.sql("select d.*, e.result as effect_result from silence_draft d left join silence_draft_effect e "
                        + "on e.draft = d.id where d.procedure = :p order by d.position")
                .param("p", procedure.value()).query(this::map).list();
    }

    /** Concludes the drafts of {@code ids} that are still open. */
    void conclude(Collection<UUID> ids, DraftStatus status, Instant at) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.sql("""
                update silence_draft set status = :status, concluded_at = :at
                 where id in (:ids) and status = 'OPEN'
                """).param("status", status.name()).param("at", Timestamp.from(at)).param("ids", ids).update();
    }

    /** The drafts each answer of the procedure reaches: answer id → draft ids. */
    Map<UUID, Set<UUID>> reached(SilenceProcedureId procedure) {
        Map<UUID, Set<UUID>> reached = new LinkedHashMap<>();
        jdbc.sql("""
                select rd.response, rd.draft from silence_response_draft rd join silence_draft d on d.id = rd.draft
                 where d.procedure = :p order by d.position
                """).param("p", procedure.value()).query(rs -> {
                    reached.computeIfAbsent(rs.getObject(1, UUID.class), r -> new LinkedHashSet<>())
                            .add(rs.getObject(2, UUID.class));
                });
        return reached;
    }

    /** The drafts of the procedure this participant already objected to. */
    Set<UUID> objectedBy(SilenceProcedureId procedure, UUID participant) {
        return Set.copyOf(jdbc.sql("""
                select rd.draft from silence_response_draft rd join silence_draft d on d.id = rd.draft
                 where d.procedure = :p and rd.participant = :x and rd.kind = 'OBJECTION'
                """).param("p", procedure.value()).param("x", participant).query(UUID.class).list());
    }

    /** The versions of a draft in other languages than the original: language → title and text. */
    Map<String, ProcedureText> versions(UUID draft) {
        Map<String, ProcedureText> versions = new LinkedHashMap<>();
        jdbc.sql("select language, title, text from silence_draft_version where draft = :d").param("d", draft)
                .query(rs -> {
                    versions.put(rs.getString(1), new ProcedureText(rs.getString(2), rs.getString(3)));
                });
        return versions;
    }

    /** Adds or replaces the version of a draft in {@code language}. */
    void saveVersion(UUID draft, String language, ProcedureText text, Instant at, String by) {
        jdbc.sql("""
                insert into silence_draft_version (draft, language, title, text, created_at, created_by, updated_at,
                                                   updated_by)
                values (:draft, :language, :title, :text, :at, :by, :at, :by)
                on conflict (draft, language) do update
                   set title = excluded.title, text = excluded.text, updated_at = excluded.updated_at,
                       updated_by = excluded.updated_by
                """).param("draft", draft).param("language", language).param("title", text.subject())
                .param("text", text.proposal()).param("at", Timestamp.from(at)).param("by", by).update();
    }

    private DraftDecision map(ResultSet rs, int n) throws SQLException {
        Timestamp concluded = rs.getTimestamp("concluded_at");
        UUID participant = rs.getObject("extension_participant", UUID.class);
        return new DraftDecision(rs.getObject("id", UUID.class),
                new SilenceProcedureId(rs.getObject("procedure", UUID.class)), rs.getInt("position"),
                rs.getString("symbol"), rs.getString("title"), rs.getString("text"),
                DraftStatus.valueOf(rs.getString("status")), concluded == null ? null : concluded.toInstant(),
                participant == null ? null : new DeadlineExtension(new ParticipantId(participant), rs.getString("extension_article"),
                        rs.getDate("extension_deadline").toLocalDate()), rs.getString("effect_result"));
    }
}
