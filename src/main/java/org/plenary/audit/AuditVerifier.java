package org.plenary.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks the whole log from its stored entries alone: recomputes every leaf and every subtree, compares them with
 * the stored tree, and checks that every signed tree head (those in the database and the one kept in the data
 * directory) has a valid signature by this log's key and the root of the recomputed tree of its size. Holds two
 * hashes per entry in memory (64 MB per million entries).
 */
@Service
class AuditVerifier {

    private static final int MAX_PROBLEMS = 20;

    private final JdbcTemplate jdbc;
    private final TreeHeads heads;

    AuditVerifier(DataSource dataSource, TreeHeads heads) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(1_000);
        this.heads = heads;
    }

    /**
     * One snapshot of the whole log, while the sequencer may go on integrating; the tree head kept outside is read
     * before the snapshot is taken (at the first query), so it is never newer than what the snapshot shows.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public AuditVerification verify() {
        Optional<TreeHead> outside = heads.keptOutside();
        List<String> problems = new ArrayList<>();
        List<byte[]> leaves = new ArrayList<>();
        jdbc.query("select * from audit_entry where idx is not null order by idx", rs -> {
            AuditEntry entry = AuditLog.ENTRY.mapRow(rs, 0);
            if (entry.index() != leaves.size() && problems.stream().noneMatch(p -> p.endsWith(" is missing"))) {
                report(problems, "entry " + leaves.size() + " is missing");
            }
            leaves.add(MerkleTree.leaf(LeafInput.of(entry.at(leaves.size()))));
        });
        List<List<byte[]>> levels = levels(leaves);
        compareStoredNodes(levels, problems);
        MerkleTree recomputed = new MerkleTree((level, position) -> levels.get(level).get((int) position));
        List<TreeHead> signed = heads.all();
        for (TreeHead head : signed) {
            check(head, "tree head of size " + head.treeSize(), recomputed, leaves.size(), problems);
        }
        outside.ifPresent(head -> check(head, "the tree head kept in the data directory (size " + head.treeSize()
                + ")", recomputed, leaves.size(), problems));
        return AuditVerification.of(leaves.size(), signed.size() + (outside.isPresent() ? 1 : 0), problems);
    }

    private void check(TreeHead head, String name, MerkleTree tree, long size, List<String> problems) {
        if (!head.signatureValid() || !heads.signedByThisLog(head)) {
            report(problems, name + " is not signed by this log's key");
        } else if (head.treeSize() > size) {
            report(problems, name + " is larger than the log (" + size + " entries): entries were removed");
        } else if (!Arrays.equals(tree.root(head.treeSize()), head.root())) {
            report(problems, name + " does not match the entries: they were altered, removed or reordered");
        }
    }

    /** Level 0 holds the leaf hashes; each level above, the hashes of complete pairs below. */
    private static List<List<byte[]>> levels(List<byte[]> leaves) {
        List<List<byte[]>> levels = new ArrayList<>();
        levels.add(leaves);
        for (List<byte[]> below = leaves; below.size() > 1; ) {
            List<byte[]> above = new ArrayList<>(below.size() / 2);
            for (int i = 0; i + 1 < below.size(); i += 2) {
                above.add(MerkleTree.node(below.get(i), below.get(i + 1)));
            }
            levels.add(above);
            below = above;
        }
        return levels;
    }

    /** The stored subtrees serve the proofs: each must be the recomputed one, and none may be missing. */
    private void compareStoredNodes(List<List<byte[]>> levels, List<String> problems) {
        long[] found = {0};
        jdbc.query("select level, position, hash from audit_node", rs -> {
            int level = rs.getInt(1);
            long position = rs.getLong(2);
            boolean known = level < levels.size() && position < levels.get(level).size();
            if (known && Arrays.equals(levels.get(level).get((int) position), rs.getBytes(3))) {
                found[0]++;
            } else {
                report(problems, "the stored tree differs from the entries at node " + level + "/" + position);
            }
        });
        long expected = levels.stream().mapToLong(List::size).sum();
        if (found[0] != expected) {
            report(problems, "the stored tree has " + found[0] + " of the " + expected + " subtrees of the entries");
        }
    }

    private static void report(List<String> problems, String problem) {
        if (problems.size() < MAX_PROBLEMS && !problems.contains(problem)) {
            problems.add(problem);
        }
    }
}
