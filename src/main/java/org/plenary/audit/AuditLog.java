package org.plenary.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.plenary.shared.Actor;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/**
 * The audit log. {@link #record} must run inside the transaction of the change it records: the entry and
 * the change commit or roll back together. Appends are serialised by locking the chain's head row.
 */
@Service
public class AuditLog {

    private static final RowMapper<AuditEntry> ENTRY = (rs, n) -> new AuditEntry(
            rs.getLong("seq"), rs.getObject("at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
            rs.getString("action"), rs.getString("object_type"), rs.getString("object_id"),
            rs.getObject("process", UUID.class), rs.getString("before"), rs.getString("after"),
            rs.getString("prev_hash"), rs.getString("hash"));

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ObjectMapper json;

    AuditLog(JdbcClient jdbc, Clock clock, ObjectMapper json) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.json = json;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public AuditEntry record(AuditRecord change) {
        record Head(long lastSeq, String hash) {
        }
        Head head = jdbc.sql("select last_seq, hash from audit_head for update")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).single();
        long seq = head.lastSeq() + 1;
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String before = toJson(change.before());
        String after = toJson(change.after());
        AuditEntry entry = new AuditEntry(seq, at, actor(), change.action(), change.objectType(), change.objectId(),
                change.processId(), before, after, head.hash(), null);
        String hash = AuditChain.hash(entry);
        jdbc.sql("""
                insert into audit_entry (seq, at, actor, action, object_type, object_id, process, before, after,
                                         prev_hash, hash)
                values (:seq, :at, :actor, :action, :objectType, :objectId, :process, :before, :after, :prevHash, :hash)
                """)
                .param("seq", seq).param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .param("actor", entry.actor()).param("action", entry.action())
                .param("objectType", entry.objectType()).param("objectId", entry.objectId())
                .param("process", entry.processId()).param("before", before).param("after", after)
                .param("prevHash", head.hash()).param("hash", hash)
                .update();
        jdbc.sql("update audit_head set last_seq = :seq, hash = :hash").param("seq", seq).param("hash", hash).update();
        return new AuditEntry(seq, at, entry.actor(), entry.action(), entry.objectType(), entry.objectId(),
                entry.processId(), before, after, head.hash(), hash);
    }

    /** The entries of a process, newest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> ofProcess(UUID processId, long offset, int limit) {
        return jdbc.sql("select * from audit_entry where process = :process order by seq desc offset :offset limit :limit")
                .param("process", processId).param("offset", offset).param("limit", limit)
                .query(ENTRY).list();
    }

    /** Recomputes every hash and link of the chain, and checks that its head matches the last entry. */
    @Transactional(readOnly = true)
    public AuditVerification verify() {
        AtomicLong expectedSeq = new AtomicLong(1);
        AtomicReference<String> prevHash = new AtomicReference<>(AuditChain.GENESIS);
        AtomicReference<AuditVerification> failure = new AtomicReference<>();
        jdbc.sql("select * from audit_entry order by seq").query(rs -> {
            if (failure.get() != null) {
                return;
            }
            AuditEntry e = ENTRY.mapRow(rs, 0);
            long seq = expectedSeq.getAndIncrement();
            if (e.seq() != seq) {
                failure.set(AuditVerification.broken(seq - 1, seq, "entry " + seq + " is missing"));
            } else if (!e.prevHash().equals(prevHash.get())) {
                failure.set(AuditVerification.broken(seq - 1, seq, "entry " + seq + " does not follow entry " + (seq - 1)));
            } else if (!AuditChain.hash(e).equals(e.hash())) {
                failure.set(AuditVerification.broken(seq - 1, seq, "entry " + seq + " was altered"));
            }
            prevHash.set(e.hash());
        });
        if (failure.get() != null) {
            return failure.get();
        }
        long entries = expectedSeq.get() - 1;
        boolean headMatches = Boolean.TRUE.equals(jdbc.sql("select last_seq = :seq and hash = :hash from audit_head")
                .param("seq", entries).param("hash", prevHash.get()).query(Boolean.class).single());
        return headMatches ? AuditVerification.ok(entries)
                : AuditVerification.broken(entries, entries + 1, "entries after " + entries + " were removed");
    }

    /**
     * The entry {@code seq} if it is intact and is the one a receipt names: its stored fields still hash to
     * {@code hash}, and every entry from it to the head of the chain still links to the one before.
     */
    @Transactional(readOnly = true)
    public Optional<AuditEntry> confirm(long seq, String hash) {
        List<AuditEntry> chain = jdbc.sql("select * from audit_entry where seq >= :seq order by seq")
                .param("seq", seq).query(ENTRY).list();
        if (chain.isEmpty() || chain.getFirst().seq() != seq || !chain.getFirst().hash().equals(hash)) {
            return Optional.empty();
        }
        for (int i = 0; i < chain.size(); i++) {
            AuditEntry e = chain.get(i);
            boolean linked = i == 0 || e.seq() == chain.get(i - 1).seq() + 1 && e.prevHash().equals(chain.get(i - 1).hash());
            if (!linked || !AuditChain.hash(e).equals(e.hash())) {
                return Optional.empty();
            }
        }
        AuditEntry last = chain.getLast();
        boolean headMatches = Boolean.TRUE.equals(jdbc.sql("select last_seq = :seq and hash = :hash from audit_head")
                .param("seq", last.seq()).param("hash", last.hash()).query(Boolean.class).single());
        return headMatches ? Optional.of(chain.getFirst()) : Optional.empty();
    }

    private String toJson(Object value) {
        return value == null ? null : json.writeValueAsString(value);
    }

    private static String actor() {
        return Actor.current().map(Actor::username).orElse("system");
    }
}
