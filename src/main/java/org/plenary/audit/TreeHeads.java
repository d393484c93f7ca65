package org.plenary.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.plenary.shared.database.DatabaseProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The signed tree heads: every one the sequencer signed, in the database, and the latest this instance signed
 * also in its data directory ({@code audit/tree-head}), outside the database, so that a log wiped together with
 * its tree heads is still detected by {@link AuditVerifier}.
 */
@Service
public class TreeHeads implements LatestTreeHead {

    private static final Base64.Encoder B64 = Base64.getEncoder();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SigningKey key;
    private final Path witness;

    TreeHeads(JdbcClient jdbc, Clock clock, AuditProperties properties, DatabaseProperties database)
            throws IOException {
        this.jdbc = jdbc;
        this.clock = clock;
        this.key = SigningKey.of(properties, database.dataDir());
        this.witness = database.dataDir().resolve("audit").resolve("tree-head");
    }

    /** The latest signed tree head, if the log has been integrated once. */
    @Override
    public Optional<TreeHead> latest() {
        return jdbc.sql("select * from audit_tree_head order by tree_size desc limit 1").query(TreeHeads::map).optional();
    }

    List<TreeHead> all() {
        return jdbc.sql("select * from audit_tree_head order by tree_size").query(TreeHeads::map).list();
    }

    /** Signs and stores the tree head of this size and root, in the caller's transaction. */
    TreeHead sign(long treeSize, byte[] root) {
        String rootHash = B64.encodeToString(root);
        String timestamp = clock.instant().truncatedTo(ChronoUnit.MILLIS).toString();
        byte[] signature = key.sign(TreeHead.signedText(treeSize, rootHash, timestamp).getBytes(StandardCharsets.UTF_8));
        jdbc.sql("""
                insert into audit_tree_head (tree_size, root_hash, signed_at, signature, public_key)
                values (:size, :root, :at, :signature, :key)
                """).param("size", treeSize).param("root", root).param("at", timestamp).param("signature", signature)
                .param("key", key.publicKey()).update();
        return new TreeHead(treeSize, rootHash, timestamp, B64.encodeToString(signature),
                B64.encodeToString(key.publicKey()));
    }

    boolean signedByThisLog(TreeHead head) {
        return head.publicKey().equals(B64.encodeToString(key.publicKey()));
    }

    /** Keeps the tree head in the data directory, replacing the one kept before. */
    void keepOutside(TreeHead head) {
        try {
            Files.createDirectories(witness.getParent());
            Path draft = Files.createTempFile(witness.getParent(), "tree-head", ".new");
            Files.writeString(draft, String.join("\n", String.valueOf(head.treeSize()), head.rootHash(),
                    head.timestamp(), head.signature(), head.publicKey()) + "\n");
            Files.move(draft, witness, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the tree head in " + witness, e);
        }
    }

    /** The tree head kept in the data directory, if any. */
    Optional<TreeHead> keptOutside() {
        try {
            if (!Files.exists(witness)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(witness);
            return Optional.of(new TreeHead(Long.parseLong(lines.get(0)), lines.get(1), lines.get(2), lines.get(3),
                    lines.get(4)));
        } catch (IOException | RuntimeException e) {
            return Optional.of(new TreeHead(-1, "", "", "", ""));
        }
    }

    private static TreeHead map(ResultSet rs, int n) throws SQLException {
        return new TreeHead(rs.getLong("tree_size"), B64.encodeToString(rs.getBytes("root_hash")),
                rs.getString("signed_at"), B64.encodeToString(rs.getBytes("signature")),
                B64.encodeToString(rs.getBytes("public_key")));
    }
}
