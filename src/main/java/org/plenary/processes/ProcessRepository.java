package org.plenary.processes;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.postgresql.util.PGInterval;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores processes and their officers. */
@Repository
class ProcessRepository {

    private static final String SELECT = """
            select id, code, title, treaty, time_zone, languages,
                   extract(epoch from silence_minimum_period)::bigint as silence_seconds, created_at
              from process
            """;

    private final JdbcClient jdbc;

    ProcessRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Process p) {
        jdbc.sql("""
                insert into process (id, code, title, treaty, time_zone, languages, silence_minimum_period,
                                     created_at, version)
                values (:id, :code, :title, :treaty, :zone, :languages, :period, :createdAt, 0)
                """)
                .param("id", p.id().value()).param("code", p.code()).param("title", p.title())
                .param("treaty", p.treaty()).param("zone", p.timeZone().getId())
                .param("languages", p.languages().toArray(String[]::new))
                .param("period", new PGInterval(0, 0, 0, 0, 0, p.silenceMinimumPeriod().toSeconds()))
                .param("createdAt", Timestamp.from(p.createdAt()))
                .update();
    }

    Optional<Process> findById(UUID id) {
        return jdbc.sql(SELECT + " where id = :id").param("id", id).query(ProcessRepository::map).optional();
    }

    Optional<Process> findByCode(String code) {
        return jdbc.sql(SELECT + " where lower(code) = lower(:code)").param("code", code)
                .query(ProcessRepository::map).optional();
    }

    List<Process> findAll() {
        return jdbc.sql(SELECT + " order by created_at desc").query(ProcessRepository::map).list();
    }

    void appoint(ProcessId process, UUID account, OfficerRole role, java.time.Instant at) {
        jdbc.sql("""
                insert into process_officer (process, account, role, appointed_at)
                values (:process, :account, :role, :at)
                """)
                .param("process", process.value()).param("account", account).param("role", role.name())
                .param("at", Timestamp.from(at))
                .update();
    }

    Optional<OfficerRole> roleOf(ProcessId process, UUID account) {
        return jdbc.sql("select role from process_officer where process = :process and account = :account")
                .param("process", process.value()).param("account", account)
                .query((rs, n) -> OfficerRole.valueOf(rs.getString(1))).optional();
    }

    List<Officer> officers(ProcessId process) {
        return jdbc.sql("""
                select a.id, a.username, a.display_name, o.role, o.appointed_at
                  from process_officer o join account a on a.id = o.account
                 where o.process = :process
                 order by o.role, a.display_name
                """)
                .param("process", process.value())
                .query((rs, n) -> new Officer(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        OfficerRole.valueOf(rs.getString(4)), rs.getTimestamp(5).toInstant()))
                .list();
    }

    /** The processes in which an account is an officer. */
    List<Process> servedBy(UUID account) {
        return jdbc.sql(SELECT + " where id in (select process from process_officer where account = :account)"
                + " order by created_at desc").param("account", account).query(ProcessRepository::map).list();
    }

    private static Process map(ResultSet rs, int n) throws SQLException {
        Array languages = rs.getArray("languages");
        return new Process(new ProcessId(rs.getObject("id", UUID.class)), rs.getString("code"), rs.getString("title"),
                rs.getString("treaty"), ZoneId.of(rs.getString("time_zone")),
                Arrays.asList((String[]) languages.getArray()), Duration.ofSeconds(rs.getLong("silence_seconds")),
                rs.getTimestamp("created_at").toInstant());
    }
}
