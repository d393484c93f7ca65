package org.plenary.support;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * An outsider's verification of Plenary's audit log, written from RFC 9162 §2.1 and the API contract alone,
 * sharing no code with Plenary: tree heads' Ed25519 signatures, inclusion proofs and consistency proofs. Proofs are
 * checked by rebuilding the roots recursively along the RFC's definition of PATH and PROOF (rather than with the
 * RFC's iterative algorithms), consuming the proof from its last hash, which belongs to the top of the tree.
 */
public final class Rfc9162 {

    private Rfc9162() {
    }

    public static byte[] leafHash(byte[] leafInput) {
        return sha256(new byte[] {0}, leafInput);
    }

    public static byte[] nodeHash(byte[] left, byte[] right) {
        return sha256(new byte[] {1}, left, right);
    }

    /** Whether {@code path} proves that the leaf is the {@code index}-th of the tree of {@code size} with this root. */
    public static boolean verifyInclusion(long index, long size, byte[] leafHash, List<byte[]> path, byte[] root) {
        if (index < 0 || index >= size) {
            return false;
        }
        int[] used = {path.size()};
        byte[] computed = inclusionRoot(index, size, leafHash, path, used);
        return computed != null && used[0] == 0 && Arrays.equals(computed, root);
    }

    private static byte[] inclusionRoot(long m, long n, byte[] leaf, List<byte[]> path, int[] remaining) {
        if (n == 1) {
            return leaf;
        }
        if (remaining[0] == 0) {
            return null;
        }
        byte[] sibling = path.get(--remaining[0]);
        long k = largestPowerOfTwoBelow(n);
        byte[] below = m < k ? inclusionRoot(m, k, leaf, path, remaining) : inclusionRoot(m - k, n - k, leaf, path,
                remaining);
        if (below == null) {
            return null;
        }
        return m < k ? nodeHash(below, sibling) : nodeHash(sibling, below);
    }

    /** Whether {@code proof} proves that the tree of {@code first} leaves is a prefix of that of {@code second}. */
    public static boolean verifyConsistency(long first, long second, byte[] firstRoot, byte[] secondRoot,
            List<byte[]> proof) {
        if (first < 0 || first > second) {
            return false;
        }
        if (first == second) {
            return proof.isEmpty() && Arrays.equals(firstRoot, secondRoot);
        }
        if (first == 0) {
            return proof.isEmpty();
        }
        int[] remaining = {proof.size()};
        byte[][] roots = consistencyRoots(first, second, true, firstRoot, proof, remaining);
        return roots != null && remaining[0] == 0 && Arrays.equals(roots[0], firstRoot)
                && Arrays.equals(roots[1], secondRoot);
    }

    /** The old and new roots of a subtree of {@code n} leaves whose first {@code m} were in the old tree. */
    private static byte[][] consistencyRoots(long m, long n, boolean wholeOldTree, byte[] firstRoot, List<byte[]> proof,
            int[] remaining) {
        if (m == n) {
            if (wholeOldTree) {
                return new byte[][] {firstRoot, firstRoot};
            }
            if (remaining[0] == 0) {
                return null;
            }
            byte[] subtree = proof.get(--remaining[0]);
            return new byte[][] {subtree, subtree};
        }
        if (remaining[0] == 0) {
            return null;
        }
        byte[] other = proof.get(--remaining[0]);
        long k = largestPowerOfTwoBelow(n);
        if (m <= k) {
            byte[][] left = consistencyRoots(m, k, wholeOldTree, firstRoot, proof, remaining);
            return left == null ? null : new byte[][] {left[0], nodeHash(left[1], other)};
        }
        byte[][] right = consistencyRoots(m - k, n - k, false, firstRoot, proof, remaining);
        return right == null ? null : new byte[][] {nodeHash(other, right[0]), nodeHash(other, right[1])};
    }

    /** Whether the tree head's signature is Ed25519 by {@code publicKey} (raw, base64) over its fields. */
    public static boolean verifyTreeHead(long treeSize, String rootHash, String timestamp, String signature,
            String publicKey) {
        try {
            byte[] raw = Base64.getDecoder().decode(publicKey);
            byte[] spki = HexFormat.of().parseHex("302a300506032b6570032100" + HexFormat.of().formatHex(raw));
            Signature ed25519 = Signature.getInstance("Ed25519");
            ed25519.initVerify(KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki)));
            ed25519.update((treeSize + "\n" + rootHash + "\n" + timestamp).getBytes(StandardCharsets.UTF_8));
            return raw.length == 32 && ed25519.verify(Base64.getDecoder().decode(signature));
        } catch (Exception e) {
            return false;
        }
    }

    /** The root of a whole list of leaf hashes, straight from the definition of MTH. */
    public static byte[] root(List<byte[]> leafHashes) {
        if (leafHashes.isEmpty()) {
            return sha256();
        }
        if (leafHashes.size() == 1) {
            return leafHashes.getFirst();
        }
        int k = (int) largestPowerOfTwoBelow(leafHashes.size());
        return nodeHash(root(leafHashes.subList(0, k)), root(leafHashes.subList(k, leafHashes.size())));
    }

    private static long largestPowerOfTwoBelow(long n) {
        long k = 1;
        while (k * 2 < n) {
            k *= 2;
        }
        return k;
    }

    private static byte[] sha256(byte[]... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                digest.update(part);
            }
            return digest.digest();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
