package org.plenary.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private static final AuditEntry ENTRY = new AuditEntry(7, Instant.parse("2020-06-18T10:15:30.123456Z"), "admin",
            "processes.process.created", "process", "42", UUID.fromString("00000000-0000-0000-0000-000000000042"),
            null, "{\"code\":\"CCM-2RC\"}", "a".repeat(64), null);

    private static AuditEntry with(UnaryOperator<Object[]> change) {
        Object[] f = {ENTRY.seq(), ENTRY.at(), ENTRY.actor(), ENTRY.action(), ENTRY.objectType(), ENTRY.objectId(),
            ENTRY.processId(), ENTRY.before(), ENTRY.after(), ENTRY.prevHash()};
        Object[] g = change.apply(f.clone());
        return new AuditEntry((long) g[0], (Instant) g[1], (String) g[2], (String) g[3], (String) g[4], (String) g[5],
                (UUID) g[6], (String) g[7], (String) g[8], (String) g[9], null);
    }

    private static UnaryOperator<Object[]> set(int index, Object value) {
        return f -> {
            f[index] = value;
            return f;
        };
    }

    @Test
    void hashesDeterministicallyAsSha256Hex() {
        assertThat(AuditChain.hash(ENTRY)).isEqualTo(AuditChain.hash(with(f -> f))).matches("[0-9a-f]{64}");
    }

    @Test
    void changingAnyFieldChangesTheHash() {
        List<AuditEntry> variants = new ArrayList<>(List.of(
                with(set(0, 8L)),
                with(set(1, ENTRY.at().plusNanos(1000))),
                with(set(2, "mallory")),
                with(set(3, "processes.process.deleted")),
                with(set(4, "meeting")),
                with(set(5, "43")),
                with(set(6, UUID.randomUUID())),
                with(set(6, null)),
                with(set(7, "{}")),
                with(set(8, "{\"code\":\"CCM-3RC\"}")),
                with(set(8, null)),
                with(set(9, "b".repeat(64)))));

        String original = AuditChain.hash(ENTRY);
        assertThat(variants).allSatisfy(v -> assertThat(AuditChain.hash(v)).isNotEqualTo(original));
    }

    @Test
    void distinguishesAMissingValueFromAnEmptyOne() {
        assertThat(AuditChain.hash(with(set(7, "")))).isNotEqualTo(AuditChain.hash(with(set(7, null))));
    }

    @Test
    void doesNotLetTextMoveBetweenFields() {
        AuditEntry shifted = with(f -> {
            f[4] = "process4";
            f[5] = "2";
            return f;
        });
        assertThat(AuditChain.hash(shifted)).isNotEqualTo(AuditChain.hash(ENTRY));
    }

    @Test
    void startsTheChainFromAnAllZeroGenesis() {
        assertThat(AuditChain.GENESIS).isEqualTo("0".repeat(64));
    }
}
