package org.plenary.decisions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.plenary.processes.ProcessId;
import org.plenary.silence.SilenceProcedureId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores the register: decisions, their language versions and the statements attached to them. */
@Repository
class DecisionRepository {

    private static final String COLUMNS = "id, process, procedure, draft, symbol, title, original_language, text, "
            + "adopted_at, statements_until";

    private final JdbcClient jdbc;

    DecisionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the decision unless its draft is recorded already; answers whether it did. */
    boolean insertOnce(Decision d, Map<String, String> versions, Instant recordedAt) {
        int inserted = jdbc.sql("""
                insert into decision (id, process, procedure, draft, symbol, title, original_language, text,
                                      adopted_at, statements_until, recorded_at)
                values (:id, :process, :procedure, :draft, :symbol, :title, :language, :text, :adopted, :until,
                        :recorded)
                on conflict (draft) do nothing
                """)
                .param("id", d.id().value()).param("process", d.process().value())
                .param("procedure", d.procedure().value()).param("draft", d.draft()).param("symbol", d.symbol())
                .param("title", d.title()).param("language", d.originalLanguage()).param("text", d.text())
                .param("adopted", Timestamp.from(d.adoptedAt())).param("until", Timestamp.from(d.statementsUntil()))
                .param("recorded", Timestamp.from(recordedAt)).update();
        if (inserted == 0) {
            return false;
        }
        versions.forEach((language, text) -> jdbc.sql(
                "insert into decision_version (decision, language, text) values (:decision, :language, :text)")
                .param("decision", d.id().value()).param("language", language).param("text", text).update());
        return true;
    }

    Optional<Decision> find(ProcessId process, DecisionId id) {
        return jdbc.sql("select " + COLUMNS + " from decision where process = :process and id = :id")
                .param("process", process.value()).param("id", id.value()).query(DecisionRepository::decision)
                .optional();
    }

    Optional<Decision> lock(ProcessId process, DecisionId id) {
        return jdbc.sql("select " + COLUMNS + " from decision where process = :process and id = :id for update")
                .param("process", process.value()).param("id", id.value()).query(DecisionRepository::decision)
                .optional();
    }

    /**
     * The decisions of a process, latest first; with {@code query}, those whose symbol, title or text in any
     * language contains it, ignoring case.
     */
    List<Decision> list(ProcessId process, String query) {
        String pattern = query == null ? null
                : "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.sql("select " + COLUMNS + " from decision d where process = :process and (cast(:pattern as text) "
                        + "is null or symbol ilike :pattern or title ilike :pattern or text ilike :pattern or exists "
                        + "(select 1 from decision_version v where v.decision = d.id and v.text ilike :pattern)) "
                        + "order by adopted_at desc, symbol")
                .param("process", process.value()).param("pattern", pattern).query(DecisionRepository::decision)
                .list();
    }

    Map<String, String> versions(DecisionId id) {
        Map<String, String> versions = new LinkedHashMap<>();
        jdbc.sql("select language, text from decision_version where decision = :id").param("id", id.value())
                .query(rs -> {
                    versions.put(rs.getString("language"), rs.getString("text"));
                });
        return versions;
    }

    /** The languages of each decision of the process that has versions, by decision. */
    Map<UUID, List<String>> versionLanguages(ProcessId process) {
        Map<UUID, List<String>> languages = new LinkedHashMap<>();
        jdbc.sql("""
                select v.decision, v.language from decision_version v join decision d on d.id = v.decision
                 where d.process = :process
                """).param("process", process.value())
                .query(rs -> {
                    languages.computeIfAbsent(rs.getObject("decision", UUID.class), k -> new ArrayList<>())
                            .add(rs.getString("language"));
                });
        return languages;
    }

    List<Statement> statements(DecisionId id) {
        Map<UUID, Map<String, String>> versions = new LinkedHashMap<>();
        jdbc.sql("""
                select v.statement, v.language, v.text from decision_statement_version v
                  join decision_statement s on s.id = v.statement where s.decision = :id
                """).param("id", id.value()).query(rs -> {
                    versions.computeIfAbsent(rs.getObject("statement", UUID.class), k -> new LinkedHashMap<>())
                            .put(rs.getString("language"), rs.getString("text"));
                });
        return jdbc.sql("""
                select s.id, s.kind, s.participant, p.name, s.text, s.submitted_at
                  from decision_statement s join participant p on p.id = s.participant
                 where s.decision = :id order by s.submitted_at, s.id
                """).param("id", id.value())
                .query((rs, n) -> new Statement(rs.getObject("id", UUID.class), StatementKind.valueOf(
                        rs.getString("kind")), rs.getObject("participant", UUID.class), rs.getString("name"),
                        rs.getString("text"), rs.getTimestamp("submitted_at").toInstant(),
                        Map.copyOf(versions.getOrDefault(rs.getObject("id", UUID.class), Map.of()))))
                .list();
    }

    void saveStatementVersion(UUID statement, String language, String text, Instant at, String by) {
        jdbc.sql("""
                insert into decision_statement_version (statement, language, text, written_at, written_by)
                values (:statement, :language, :text, :at, :by)
                on conflict (statement, language) do update
                   set text = excluded.text, written_at = excluded.written_at, written_by = excluded.written_by
                """).param("statement", statement).param("language", language).param("text", text)
                .param("at", Timestamp.from(at)).param("by", by).update();
    }

    void insertStatement(DecisionId decision, Statement s, UUID account) {
        jdbc.sql("""
                insert into decision_statement (id, decision, kind, participant, account, text, submitted_at)
                values (:id, :decision, :kind, :participant, :account, :text, :at)
                """)
                .param("id", s.id()).param("decision", decision.value()).param("kind", s.kind().name())
                .param("participant", s.participant()).param("account", account).param("text", s.text())
                .param("at", Timestamp.from(s.submittedAt())).update();
    }

    void setStatementsUntil(DecisionId id, Instant until) {
        jdbc.sql("update decision set statements_until = :until where id = :id")
                .param("until", Timestamp.from(until)).param("id", id.value()).update();
    }

    private static Decision decision(ResultSet rs, int row) throws SQLException {
        return new Decision(new DecisionId(rs.getObject("id", UUID.class)),
                new ProcessId(rs.getObject("process", UUID.class)),
                new SilenceProcedureId(rs.getObject("procedure", UUID.class)), rs.getObject("draft", UUID.class),
                rs.getString("symbol"), rs.getString("title"), rs.getString("original_language"),
                rs.getString("text"), rs.getTimestamp("adopted_at").toInstant(),
                rs.getTimestamp("statements_until").toInstant());
    }
}
