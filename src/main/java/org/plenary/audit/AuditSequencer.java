package org.plenary.audit;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Integrates committed entries into the log, one instance at a time (a PostgreSQL advisory lock; each instance
 * tries every {@code plenary.audit.integration-interval}). Only entries whose transactions have all finished are
 * taken: those whose transaction id is below the oldest transaction still running, {@code
 * pg_snapshot_xmin(pg_current_snapshot())}; no transaction that finishes later can have a smaller id, so no entry
 * ever needs a place already given to a later one. They are taken in the order of their transaction id, then of
 * insertion, each gets the next index for ever, the tree is extended and its new head signed.
 */
@Component
class AuditSequencer implements SmartLifecycle {

    /** The advisory lock that makes one sequencer at a time: "plenaryA" in ASCII. */
    static final long LOCK = 0x706c656e61727941L;
    private static final int BATCH = 5_000;
    private static final Logger log = LoggerFactory.getLogger(AuditSequencer.class);

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final TransactionTemplate transactions;
    private final TreeNodes nodes;
    private final TreeHeads heads;
    private final AuditProperties properties;
    private ScheduledExecutorService timer;

    AuditSequencer(JdbcClient jdbc, JdbcTemplate batch, TransactionTemplate transactions, TreeNodes nodes,
            TreeHeads heads, AuditProperties properties) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.transactions = transactions;
        this.nodes = nodes;
        this.heads = heads;
        this.properties = properties;
    }

    /** Integrates every entry that can be now; answers how many (0 if another instance was integrating). */
    int integrate() {
        int total = 0;
        Integration done;
        do {
            done = transactions.execute(status -> integrateBatch());
            if (done.head() != null) {
                heads.keepOutside(done.head());
            }
            total += done.count();
        } while (done.count() == BATCH);
        return total;
    }

    private record Integration(int count, TreeHead head) {
    }

    private Integration integrateBatch() {
        if (!jdbc.sql("select pg_try_advisory_xact_lock(:lock)").param("lock", LOCK).query(Boolean.class).single()) {
            return new Integration(0, null);
        }
        List<AuditEntry> pending = jdbc.sql("""
                select * from audit_entry
                 where idx is null and xact < pg_snapshot_xmin(pg_current_snapshot())
                 order by xact, id limit :limit
                """).param("limit", BATCH).query(AuditLog.ENTRY).list();
        long size = nodes.size();
        Optional<TreeHead> latest = heads.latest();
        if (pending.isEmpty() && latest.map(h -> h.treeSize() == size).orElse(false)) {
            return new Integration(0, null);
        }
        if (latest.isPresent() && !matches(latest.get(), size)) {
            log.error("The audit log no longer matches its latest signed tree head (size {}): nothing is integrated "
                    + "until it is repaired; GET /api/v1/audit/verify says what differs", latest.get().treeSize());
            return new Integration(0, null);
        }
        Map<List<Long>, byte[]> added = new HashMap<>();
        MerkleTree.Subtrees subtrees = (level, position) -> {
            byte[] hash = added.get(List.of((long) level, position));
            return hash != null ? hash : nodes.hash(level, position);
        };
        Map<Long, Long> places = new HashMap<>();
        long next = size;
        for (AuditEntry entry : pending) {
            long index = next++;
            places.put(entry.id(), index);
            byte[] hash = MerkleTree.leaf(LeafInput.of(entry.at(index)));
            added.put(List.of(0L, index), hash);
            long position = index;
            for (long level = 0; (position & 1) == 1; level++) {
                hash = MerkleTree.node(subtrees.hash((int) level, position - 1), hash);
                position >>= 1;
                added.put(List.of(level + 1, position), hash);
            }
        }
        record(places, added);
        TreeHead head = heads.sign(next, new MerkleTree(subtrees).root(next));
        return new Integration(pending.size(), head);
    }

    /**
     * Writes the places given ({@code entry id -> index}) and the new nodes, each in one statement over arrays: as a
     * batch of one statement per row, PostgreSQL spent as much on integrating an entry as on the transaction that
     * wrote it (docs/performance.md).
     */
    private void record(Map<Long, Long> places, Map<List<Long>, byte[]> added) {
        batch.update("update audit_entry e set idx = p.idx from unnest(?, ?) as p(id, idx) where e.id = p.id", ps -> {
            ps.setArray(1, ps.getConnection().createArrayOf("bigint", places.keySet().toArray()));
            ps.setArray(2, ps.getConnection().createArrayOf("bigint", places.values().toArray()));
        });
        List<Map.Entry<List<Long>, byte[]>> written = List.copyOf(added.entrySet());
        batch.update("insert into audit_node (level, position, hash) select * from unnest(?, ?, ?)", ps -> {
            ps.setArray(1, ps.getConnection().createArrayOf("integer", written.stream()
                    .map(n -> n.getKey().get(0).intValue()).toArray()));
            ps.setArray(2, ps.getConnection().createArrayOf("bigint", written.stream().map(n -> n.getKey().get(1))
                    .toArray()));
            ps.setArray(3, ps.getConnection().createArrayOf("bytea", written.stream().map(Map.Entry::getValue)
                    .toArray(byte[][]::new)));
        });
    }

    private boolean matches(TreeHead head, long size) {
        try {
            return head.treeSize() == size && Arrays.equals(nodes.tree().root(size), head.root());
        } catch (IllegalStateException e) {
            return false;
        }
    }

    /**
     * One integration. Whatever it throws is logged and the next tick tries again: a task of a scheduled executor
     * that lets anything through is never run again, and the log would stop growing until a restart.
     */
    private void tick() {
        try {
            integrate();
        } catch (RuntimeException e) {
            log.warn("Integrating audit entries failed, to be tried again: {}", e.getMessage());
        } catch (Error e) {
            log.error("Integrating audit entries failed, to be tried again", e);
        }
    }

    @Override
    public synchronized void start() {
        timer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("audit-sequencer").daemon()
                .factory());
        long every = properties.integrationInterval().toMillis();
        timer.scheduleWithFixedDelay(this::tick, 0, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (timer != null) {
            timer.shutdown();
            try {
                timer.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            timer = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return timer != null;
    }
}
