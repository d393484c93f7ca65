package org.plenary.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.plenary.support.Fixtures.aState;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryTest;
import org.plenary.support.Api;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Tampering with the log by direct SQL is detected both by {@code GET /audit/verify} and by a verifier outside
 * that kept a signed tree head: an altered entry, a deleted entry, a deleted tail (with the tree and tree heads
 * trimmed to match), reordered entries, an entry rewritten with the whole tree recomputed and the latest tree head
 * fixed, and a wiped log. The database is shared by all tests: while tampering, the test holds the sequencer's
 * advisory lock (so nothing is integrated or signed meanwhile), and it puts every row back afterwards.
 */
class AuditTamperTest extends PlenaryTest {

    @Autowired
    DataSource dataSource;

    private Api admin;
    private long index;
    private OutsideVerifier outside;

    @BeforeEach
    void anIntegratedEntryWithEntriesAfterIt() {
        admin = admin();
        String state = aState(admin);
        for (int i = 0; i < 3; i++) {
            aState(admin);
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> count("select count(*) from audit_entry where idx is null") == 0
                && count("select max(tree_size) from audit_tree_head") == count("select count(*) from audit_entry"));
        index = count("select idx from audit_entry where action = 'roster.participant.registered' and object_id = ?",
                state);
        outside = OutsideVerifier.keeping(admin, index);
        assertThat(verify().path("valid").asBoolean()).isTrue();
        assertThat(outside.problems()).isEmpty();
    }

    private JsonNode verify() {
        Api.Response response = admin.get("/audit/verify");
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }

    @Test
    void detectsAnAlteredEntry() {
        assertDetected("update audit_entry set actor = 'somebody-else' where idx = " + index);
    }

    @Test
    void detectsADeletedEntry() {
        assertDetected("delete from audit_entry where idx = " + index);
    }

    @Test
    void detectsADeletedTailTrimmedWithItsTreeAndTreeHeads() {
        assertDetected("delete from audit_entry where idx >= " + index,
                "delete from audit_node where (position + 1) << level > " + index,
                "delete from audit_tree_head where tree_size > " + index);
    }

    @Test
    void detectsReorderedEntries() {
        assertDetected("update audit_entry set idx = 4000000000000000000 where idx = " + index,
                "update audit_entry set idx = " + index + " where idx = " + (index + 1),
                "update audit_entry set idx = " + (index + 1) + " where idx = 4000000000000000000");
    }

    @Test
    void detectsAnEntryRewrittenWithTheTreeRecomputedAndTheTreeHeadFixed() {
        assertDetected(() -> {
            List<byte[]> leaves = jdbc.sql("select * from audit_entry where idx is not null order by idx")
                    .query(AuditLog.ENTRY).stream().map(e -> MerkleTree.leaf(LeafInput.of(e))).toList();
            List<byte[]> level = leaves;
            for (int l = 0; !level.isEmpty(); l++) {
                List<byte[]> above = new ArrayList<>();
                for (int p = 0; p < level.size(); p++) {
                    jdbc.sql("insert into audit_node (level, position, hash) values (?, ?, ?)").param(l).param(p)
                            .param(level.get(p)).update();
                    if (p % 2 == 1) {
                        above.add(MerkleTree.node(level.get(p - 1), level.get(p)));
                    }
                }
                level = above;
            }
            byte[] root = new MerkleTree((l, p) -> jdbc.sql("select hash from audit_node where level = ? and position = ?")
                    .param(l).param(p).query(byte[].class).single()).root(leaves.size());
            jdbc.sql("update audit_tree_head set root_hash = ? where tree_size = ?").param(root).param(leaves.size())
                    .update();
        }, "update audit_entry set actor = 'somebody-else' where idx = " + index, "delete from audit_node");
    }

    @Test
    void detectsAWipedLog() {
        assertDetected("delete from audit_entry where idx is not null", "delete from audit_node",
                "delete from audit_tree_head");
    }

    private void assertDetected(String... tampering) {
        assertDetected(() -> { }, tampering);
    }

    /** Tampers (SQL, then {@code more}), asserts that both verifiers notice, and puts every row back. */
    private void assertDetected(Runnable more, String... tampering) {
        try (Connection lock = dataSource.getConnection(); Statement sql = lock.createStatement()) {
            sql.execute("select pg_advisory_lock(" + AuditSequencer.LOCK + ")");
            sql.execute("create table tamper_entries as select * from audit_entry where idx is not null");
            sql.execute("create table tamper_nodes as select * from audit_node");
            sql.execute("create table tamper_heads as select * from audit_tree_head");
            try {
                for (String statement : tampering) {
                    sql.execute(statement);
                }
                more.run();

                JsonNode result = verify();
                assertThat(result.path("valid").asBoolean()).as("verify after tampering: %s", result).isFalse();
                assertThat(result.path("problems")).isNotEmpty();
                assertThat(outside.problems()).as("outside verifier").isNotEmpty();
            } finally {
                sql.execute("delete from audit_entry where idx is not null or id in (select id from tamper_entries)");
                sql.execute("insert into audit_entry select * from tamper_entries");
                sql.execute("delete from audit_node");
                sql.execute("insert into audit_node select * from tamper_nodes");
                sql.execute("delete from audit_tree_head");
                sql.execute("insert into audit_tree_head select * from tamper_heads");
                sql.execute("drop table tamper_entries, tamper_nodes, tamper_heads");
                sql.execute("select pg_advisory_unlock(" + AuditSequencer.LOCK + ")");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        assertThat(verify().path("valid").asBoolean()).isTrue();
        assertThat(outside.problems()).isEmpty();
    }
}
