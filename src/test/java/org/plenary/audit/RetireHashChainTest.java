package org.plenary.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The migration from the hash chain: existing entries keep their order (they are integrated first, in the order
 * of their old seq), the chain is verified one last time and the result recorded as the next entry, and the chain,
 * its head and the receipts' hashes are gone.
 */
class RetireHashChainTest {

    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.start();
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @Test
    void carriesAnIntactChainIntoTheLogInItsOrder() {
        JdbcClient jdbc = chainOfFive("intact");

        migrate("intact");

        assertThat(jdbc.sql("select action from audit_entry where idx is null order by xact, id").query(String.class)
                .list()).containsExactly("a.1", "a.2", "a.3", "a.4", "a.5", "audit.chain.retired");
        assertThat(jdbc.sql("select after from audit_entry where action = 'audit.chain.retired'").query(String.class)
                .single()).contains("\"entries\":5", "\"chainValid\":true");
        assertThat(jdbc.sql("""
                select count(*) from information_schema.columns
                 where table_name in ('audit_entry', 'silence_response')
                   and column_name in ('seq', 'hash', 'prev_hash', 'audit_hash')
                """).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from information_schema.tables where table_name = 'audit_head'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void recordsWhereABrokenChainBroke() {
        JdbcClient jdbc = chainOfFive("broken");
        jdbc.sql("update audit_entry set actor = 'somebody-else' where seq = 3").update();

        migrate("broken");

        assertThat(jdbc.sql("select after from audit_entry where action = 'audit.chain.retired'").query(String.class)
                .single()).contains("\"chainValid\":false", "entry 3 was altered");
    }

    /** A database migrated as before the Merkle log, with five chained entries. */
    private static JdbcClient chainOfFive(String name) {
        JdbcClient.create(postgres.getPostgresDatabase()).sql("create database " + name).update();
        MigrationVersion lastBefore = Arrays.stream(flyway(name).load().info().all()).map(MigrationInfo::getVersion)
                .filter(v -> v.isNewerThan("0") && !v.isAtLeast("59")).max(MigrationVersion::compareTo).orElseThrow();
        flyway(name).target(lastBefore).load().migrate();
        JdbcClient jdbc = JdbcClient.create(database(name));
        String prev = LegacyChain.GENESIS;
        for (long seq = 1; seq <= 5; seq++) {
            Instant at = Instant.parse("2020-06-18T10:15:30.123456Z").plusSeconds(seq);
            UUID process = UUID.randomUUID();
            String hash = LegacyChain.hash(seq, at, "admin", "a." + seq, "thing", "id-" + seq, process, null,
                    "{\"n\":" + seq + "}", prev);
            jdbc.sql("""
                    insert into audit_entry (seq, at, actor, action, object_type, object_id, process, before, after,
                                             prev_hash, hash)
                    values (?, ?, 'admin', ?, 'thing', ?, ?, null, ?, ?, ?)
                    """).params(List.of(seq, OffsetDateTime.ofInstant(at, ZoneOffset.UTC), "a." + seq, "id-" + seq,
                    process, "{\"n\":" + seq + "}", prev, hash)).update();
            prev = hash;
        }
        jdbc.sql("update audit_head set last_seq = 5, hash = ?").param(prev).update();
        return jdbc;
    }

    private static void migrate(String name) {
        flyway(name).javaMigrations(new V60__Retire_hash_chain()).load().migrate();
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(String name) {
        return Flyway.configure().dataSource(database(name)).locations("classpath:db/migration");
    }

    private static DataSource database(String name) {
        return postgres.getDatabase("postgres", name);
    }
}
