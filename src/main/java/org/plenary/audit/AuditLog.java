package org.plenary.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.plenary.shared.Actor;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/**
 * The audit log. {@link #record} must run inside the transaction of the change it records: the entry and the
 * change commit or roll back together. Recording only inserts the entry, with its transaction's id, and shares
 * no lock with any other transaction; {@link AuditSequencer} gives it its place in the log soon after it commits.
 */
@Service
public class AuditLog {

    static final RowMapper<AuditEntry> ENTRY = (rs, n) -> new AuditEntry(rs.getLong("id"),
            rs.getObject("idx", Long.class), rs.getObject("at", OffsetDateTime.class).toInstant(),
            rs.getString("actor"), rs.getString("action"), rs.getString("object_type"), rs.getString("object_id"),
            rs.getObject("process", UUID.class), rs.getString("before"), rs.getString("after"));

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ObjectMapper json;
    private final TreeNodes nodes;
    private final TreeHeads heads;

    AuditLog(JdbcClient jdbc, Clock clock, ObjectMapper json, TreeNodes nodes, TreeHeads heads) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.json = json;
        this.nodes = nodes;
        this.heads = heads;
    }

    /** Writes the entry in the caller's transaction; it has no {@code index} until integrated. */
    @Transactional(propagation = Propagation.MANDATORY)
    public AuditEntry record(AuditRecord change) {
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String before = toJson(change.before());
        String after = toJson(change.after());
        String actor = Actor.current().map(Actor::username).orElse("system");
        long id = jdbc.sql("""
                insert into audit_entry (at, actor, action, object_type, object_id, process, before, after)
                values (:at, :actor, :action, :objectType, :objectId, :process, :before, :after)
                returning id
                """)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).param("actor", actor)
                .param("action", change.action()).param("objectType", change.objectType())
                .param("objectId", change.objectId()).param("process", change.processId())
                .param("before", before).param("after", after)
                .query(Long.class).single();
        return new AuditEntry(id, null, at, actor, change.action(), change.objectType(), change.objectId(),
                change.processId(), before, after);
    }

    /** The entries of a process, newest first: by place in the log, those not yet integrated first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> ofProcess(UUID processId, long offset, int limit) {
        return jdbc.sql("""
                select * from audit_entry where process = :process
                 order by idx desc nulls first, id desc offset :offset limit :limit
                """)
                .param("process", processId).param("offset", offset).param("limit", limit)
                .query(ENTRY).list();
    }

    /** The entry at this place in the log. */
    @Transactional(readOnly = true)
    public Optional<AuditEntry> at(long index) {
        return jdbc.sql("select * from audit_entry where idx = :index").param("index", index).query(ENTRY).optional();
    }

    /**
     * The entry with this id, with the latest signed tree head if the entry is integrated and that head proves it:
     * the leaf recomputed from the stored entry is included in the signed root. Empty if there is no such entry;
     * {@code head} empty while the entry waits for integration, or if the proof fails ({@code proven} false).
     */
    @Transactional(readOnly = true)
    public Optional<Confirmation> confirm(long id) {
        return jdbc.sql("select * from audit_entry where id = :id").param("id", id).query(ENTRY).optional()
                .map(entry -> {
                    if (entry.index() == null) {
                        return new Confirmation(entry, Optional.empty(), true);
                    }
                    Optional<TreeHead> head = heads.latest().filter(h -> h.treeSize() > entry.index());
                    return new Confirmation(entry, head, head.isPresent() && proves(head.get(), entry));
                });
    }

    /** An entry and the tree head that proves it (none while it waits for integration). */
    public record Confirmation(AuditEntry entry, Optional<TreeHead> head, boolean proven) {
    }

    private boolean proves(TreeHead head, AuditEntry entry) {
        try {
            byte[] leaf = MerkleTree.leaf(LeafInput.of(entry));
            List<byte[]> path = nodes.tree().inclusion(entry.index(), head.treeSize());
            return head.signatureValid() && heads.signedByThisLog(head)
                    && MerkleTree.includes(leaf, entry.index(), head.treeSize(), path, head.root());
        } catch (IllegalStateException e) {
            return false;
        }
    }

    private String toJson(Object value) {
        return value == null ? null : json.writeValueAsString(value);
    }
}
