package org.plenary.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
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

    private static final Base64.Encoder B64 = Base64.getEncoder();

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
     * The entry with this id and, once it is integrated, the proof that the latest signed tree head includes it: the
     * exact bytes of its leaf (recomputed from the stored entry) and its audit path, checked here. Empty if there is no
     * such entry; {@code proven} is false if the proof fails (the log was altered).
     */
    @Transactional(readOnly = true)
    public Optional<Confirmation> confirm(long id) {
        return jdbc.sql("select * from audit_entry where id = :id").param("id", id).query(ENTRY).optional()
                .map(entry -> {
                    Optional<TreeHead> head = heads.latest().filter(h -> entry.index() != null
                            && h.treeSize() > entry.index());
                    if (head.isEmpty()) {
                        return new Confirmation(entry, Optional.empty(), null, List.of(), entry.index() == null);
                    }
                    byte[] leaf = LeafInput.of(entry);
                    List<byte[]> path = path(entry.index(), head.get().treeSize());
                    boolean proven = path != null && head.get().signatureValid() && heads.signedByThisLog(head.get())
                            && MerkleTree.includes(MerkleTree.leaf(leaf), entry.index(), head.get().treeSize(), path,
                                    head.get().root());
                    return new Confirmation(entry, head, B64.encodeToString(leaf),
                            path == null ? List.of() : path.stream().map(B64::encodeToString).toList(), proven);
                });
    }

    /**
     * An entry and, once integrated, the latest signed tree head with the base64 leaf input and audit path (RFC 9162
     * §2.1.3) that prove it is included; {@code proven} says whether they do.
     */
    public record Confirmation(AuditEntry entry, Optional<TreeHead> head, String leafInput, List<String> auditPath,
            boolean proven) {
    }

    private List<byte[]> path(long index, long treeSize) {
        try {
            return nodes.tree().inclusion(index, treeSize);
        } catch (IllegalStateException missingNode) {
            return null;
        }
    }

    private String toJson(Object value) {
        return value == null ? null : json.writeValueAsString(value);
    }
}
