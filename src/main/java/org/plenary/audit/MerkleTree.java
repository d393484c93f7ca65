package org.plenary.audit;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Merkle tree hash of RFC 9162 §2.1 and its inclusion and consistency proofs (§2.1.3, §2.1.4), computed
 * from the hashes of complete subtrees: every split of the RFC's recursion falls on a complete subtree aligned on
 * its size, so a root or a proof needs at most log2(n) of them per level of recursion.
 */
final class MerkleTree {

    /** The hash of the complete subtree of 2^level leaves that starts at leaf {@code position * 2^level}. */
    interface Subtrees {
        byte[] hash(int level, long position);
    }

    private final Subtrees subtrees;

    MerkleTree(Subtrees subtrees) {
        this.subtrees = subtrees;
    }

    /** MTH of the first {@code size} leaves. */
    byte[] root(long size) {
        return size == 0 ? sha256(new byte[0]) : hash(0, size);
    }

    /** PATH(m, D[n]): the audit path of leaf {@code m} in the tree of the first {@code n} leaves. */
    List<byte[]> inclusion(long m, long n) {
        return path(m, 0, n);
    }

    /** PROOF(m, D[n]): that the tree of the first {@code m} leaves is a prefix of the tree of the first {@code n}. */
    List<byte[]> consistency(long m, long n) {
        return m == 0 || m == n ? new ArrayList<>() : subproof(m, 0, n, true);
    }

    private byte[] hash(long start, long n) {
        if (Long.bitCount(n) == 1 && start % n == 0) {
            return subtrees.hash(Long.numberOfTrailingZeros(n), start / n);
        }
        long k = split(n);
        return node(hash(start, k), hash(start + k, n - k));
    }

    private List<byte[]> path(long m, long start, long n) {
        if (n == 1) {
            return new ArrayList<>();
        }
        long k = split(n);
        List<byte[]> path = m < k ? path(m, start, k) : path(m - k, start + k, n - k);
        path.add(m < k ? hash(start + k, n - k) : hash(start, k));
        return path;
    }

    private List<byte[]> subproof(long m, long start, long n, boolean complete) {
        if (m == n) {
            List<byte[]> proof = new ArrayList<>();
            if (!complete) {
                proof.add(hash(start, n));
            }
            return proof;
        }
        long k = split(n);
        List<byte[]> proof = m <= k ? subproof(m, start, k, complete) : subproof(m - k, start + k, n - k, false);
        proof.add(m <= k ? hash(start + k, n - k) : hash(start, k));
        return proof;
    }

    /** The largest power of two smaller than {@code n} (n ≥ 2). */
    private static long split(long n) {
        return Long.highestOneBit(n - 1);
    }

    /** RFC 9162 §2.1.3.2: whether {@code path} proves leaf {@code index} of a tree of {@code size} with this root. */
    static boolean includes(byte[] leafHash, long index, long size, List<byte[]> path, byte[] root) {
        if (index < 0 || index >= size) {
            return false;
        }
        long fn = index;
        long sn = size - 1;
        byte[] r = leafHash;
        for (byte[] p : path) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = node(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = node(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(r, root);
    }

    static byte[] leaf(byte[] input) {
        return sha256(new byte[] {0}, input);
    }

    static byte[] node(byte[] left, byte[] right) {
        return sha256(new byte[] {1}, left, right);
    }

    private static byte[] sha256(byte[]... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                digest.update(part);
            }
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
