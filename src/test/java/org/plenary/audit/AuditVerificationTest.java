package org.plenary.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.support.Fixtures.aProcess;
import static org.plenary.support.Fixtures.aState;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryTest;
import org.plenary.support.Api;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /audit/verify} detects an altered or a removed entry. The database is shared by all tests, so
 * every tampering is undone in {@code finally}, from a copy of the row kept in a table of its own.
 */
class AuditVerificationTest extends PlenaryTest {

    private Api admin;

    @BeforeEach
    void signInAndMakeEntries() {
        admin = admin();
        aProcess(admin);
        aState(admin);
    }

    private JsonNode verify() {
        Api.Response response = admin.get("/audit/verify");
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }

    private long lastSeq() {
        return count("select max(seq) from audit_entry");
    }

    @Test
    void findsAnIntactChainValidAndCountsItsEntries() {
        JsonNode result = verify();

        assertThat(result.path("valid").asBoolean()).isTrue();
        assertThat(result.path("entries").asLong()).isEqualTo(count("select count(*) from audit_entry"))
                .isGreaterThanOrEqualTo(lastSeq() - 1);
    }

    @Test
    void detectsAnAlteredEntry() {
        assertThat(verify().path("valid").asBoolean()).isTrue();
        long seq = lastSeq() - 1;
        String original = jdbc.sql("select after from audit_entry where seq = ?").param(seq).query(String.class).single();
        try {
            jdbc.sql("update audit_entry set after = ? where seq = ?")
                    .param(original == null ? "{}" : original.replace("\"", "\"x")).param(seq).update();

            JsonNode result = verify();

            assertThat(result.path("valid").asBoolean()).isFalse();
            assertThat(result.path("firstInvalidSeq").asLong()).isEqualTo(seq);
        } finally {
            jdbc.sql("update audit_entry set after = ? where seq = ?").param(original).param(seq).update();
        }
        assertThat(verify().path("valid").asBoolean()).isTrue();
    }

    @Test
    void detectsAnAlteredActor() {
        long seq = lastSeq();
        String actor = jdbc.sql("select actor from audit_entry where seq = ?").param(seq).query(String.class).single();
        try {
            jdbc.sql("update audit_entry set actor = 'somebody-else' where seq = ?").param(seq).update();

            assertThat(verify().path("valid").asBoolean()).isFalse();
        } finally {
            jdbc.sql("update audit_entry set actor = ? where seq = ?").param(actor).param(seq).update();
        }
        assertThat(verify().path("valid").asBoolean()).isTrue();
    }

    @Test
    void detectsTheRemovalOfTheLastEntry() {
        long seq = lastSeq();

        JsonNode result = withEntryRemoved(seq);

        assertThat(result.path("valid").asBoolean()).isFalse();
        assertThat(result.path("firstInvalidSeq").asLong()).isEqualTo(seq);
        assertThat(verify().path("valid").asBoolean()).isTrue();
    }

    @Test
    void detectsTheRemovalOfAnEntryInTheMiddle() {
        long seq = lastSeq() / 2;

        JsonNode result = withEntryRemoved(seq);

        assertThat(result.path("valid").asBoolean()).isFalse();
        assertThat(result.path("firstInvalidSeq").asLong()).isEqualTo(seq);
        assertThat(verify().path("valid").asBoolean()).isTrue();
    }

    /** Deletes one entry, verifies, and puts the very same row back. */
    private JsonNode withEntryRemoved(long seq) {
        String copy = "audit_copy_" + seq + "_" + System.nanoTime();
        jdbc.sql("create table " + copy + " as select * from audit_entry where seq = ?").param(seq).update();
        try {
            assertThat(jdbc.sql("delete from audit_entry where seq = ?").param(seq).update()).isOne();
            return verify();
        } finally {
            jdbc.sql("insert into audit_entry select * from " + copy).update();
            jdbc.sql("drop table " + copy).update();
        }
    }
}
