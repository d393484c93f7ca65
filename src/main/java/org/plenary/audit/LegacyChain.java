package org.plenary.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The hash of an entry in the hash chain the audit log was before it became a Merkle tree log: SHA-256 over
 * its fields and the previous entry's hash, each field written with its length. Only the migration that retired
 * the chain uses it, to verify the chain one last time.
 */
final class LegacyChain {

    static final String GENESIS = "0".repeat(64);

    private LegacyChain() {
    }

    static String hash(long seq, Instant at, String actor, String action, String objectType, String objectId,
            Object processId, String before, String after, String prevHash) {
        StringBuilder canonical = new StringBuilder();
        for (Object field : new Object[] {seq, at, actor, action, objectType, objectId, processId, before, after,
                prevHash}) {
            String text = field == null ? "\u0000" : Objects.toString(field);
            canonical.append(text.length()).append(':').append(text).append('\n');
        }
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
