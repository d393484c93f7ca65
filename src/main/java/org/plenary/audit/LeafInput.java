package org.plenary.audit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The exact bytes of an entry's leaf in the Merkle tree: the UTF-8 text {@code plenary-audit-entry-v1\n} followed,
 * for each of index, id, at, actor, action, objectType, objectId, processId, before and after, by
 * {@code <byte length>:<text>\n}, or {@code -\n} when absent. The length prefixes make the encoding unambiguous;
 * the index in the leaf binds each entry to its place.
 */
final class LeafInput {

    private static final byte[] VERSION = "plenary-audit-entry-v1\n".getBytes(StandardCharsets.UTF_8);

    private LeafInput() {
    }

    static byte[] of(AuditEntry e) {
        Objects.requireNonNull(e.index(), "only an integrated entry has a leaf");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(VERSION);
        for (Object field : new Object[] {e.index(), e.id(), e.at(), e.actor(), e.action(), e.objectType(),
                e.objectId(), e.processId(), e.before(), e.after()}) {
            if (field == null) {
                out.writeBytes("-\n".getBytes(StandardCharsets.UTF_8));
            } else {
                byte[] text = field.toString().getBytes(StandardCharsets.UTF_8);
                out.writeBytes((text.length + ":").getBytes(StandardCharsets.UTF_8));
                out.writeBytes(text);
                out.write('\n');
            }
        }
        return out.toByteArray();
    }
}
