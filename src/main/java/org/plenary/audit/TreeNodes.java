package org.plenary.audit;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored hashes of the log's complete subtrees ({@code audit_node}), from which roots and proofs are made. */
@Repository
class TreeNodes {

    private final JdbcClient jdbc;

    TreeNodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The number of leaves in the tree. */
    long size() {
        return jdbc.sql("select coalesce(max(position) + 1, 0) from audit_node where level = 0").query(Long.class)
                .single();
    }

    byte[] hash(int level, long position) {
        List<byte[]> hash = jdbc.sql("select hash from audit_node where level = :level and position = :position")
                .param("level", level).param("position", position).query((rs, n) -> rs.getBytes(1)).list();
        if (hash.isEmpty()) {
            throw new IllegalStateException("The audit log has no node " + level + "/" + position);
        }
        return hash.getFirst();
    }

    MerkleTree tree() {
        return new MerkleTree(this::hash);
    }
}
