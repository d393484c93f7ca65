package org.plenary.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Verifies the old hash chain one last time, before V61 drops it, and records the result as an entry of the new
 * log, after the entries it covers: how many, whether the chain was intact (or where it broke), and its last
 * hash, which the Merkle tree then keeps for ever. A broken chain does not stop the migration: the history is
 * what it is, and the entry says so.
 */
@Component
class V60__Retire_hash_chain extends BaseJavaMigration {

    private static final Logger log = LoggerFactory.getLogger(V60__Retire_hash_chain.class);

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        long expected = 1;
        String prev = LegacyChain.GENESIS;
        String problem = null;
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("select * from audit_entry order by seq")) {
            while (rs.next() && problem == null) {
                long seq = rs.getLong("seq");
                String hash = rs.getString("hash");
                String computed = LegacyChain.hash(seq, rs.getObject("at", OffsetDateTime.class).toInstant(),
                        rs.getString("actor"), rs.getString("action"), rs.getString("object_type"),
                        rs.getString("object_id"), rs.getObject("process", UUID.class), rs.getString("before"),
                        rs.getString("after"), rs.getString("prev_hash"));
                if (seq != expected) {
                    problem = "entry " + expected + " is missing";
                } else if (!rs.getString("prev_hash").equals(prev)) {
                    problem = "entry " + seq + " does not follow entry " + (seq - 1);
                } else if (!computed.equals(hash)) {
                    problem = "entry " + seq + " was altered";
                }
                prev = hash;
                expected++;
            }
        }
        long entries = expected - 1;
        if (problem == null) {
            try (Statement s = connection.createStatement();
                    ResultSet rs = s.executeQuery("select last_seq, hash from audit_head")) {
                if (!rs.next() || rs.getLong(1) != entries || !rs.getString(2).equals(prev)) {
                    problem = "entries after " + entries + " were removed";
                }
            }
        }
        if (problem != null) {
            log.error("The audit hash chain was not intact when it was retired: {}", problem);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("entries", entries);
        result.put("chainValid", problem == null);
        result.put("problem", problem);
        result.put("lastHash", prev);
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into audit_entry (at, actor, action, object_type, object_id, after)
                values (date_trunc('milliseconds', now()), 'system', 'audit.chain.retired', 'audit-log', 'chain', ?)
                """)) {
            insert.setString(1, new ObjectMapper().writeValueAsString(result));
            insert.executeUpdate();
        }
    }
}
