package org.plenary.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plenary.support.Rfc9162;

/**
 * The tree's roots match the test vectors of the RFC 6962 reference implementation (RFC 9162 keeps its tree), and
 * every inclusion and consistency proof of trees up to 40 leaves verifies with an independent verifier, while a
 * proof for another leaf or size does not.
 */
class MerkleTreeTest {

    private static final HexFormat HEX = HexFormat.of();
    private static final List<String> LEAVES = List.of("", "00", "10", "2021", "3031", "40414243",
            "5051525354555657", "606162636465666768696a6b6c6d6e6f");
    private static final List<String> ROOTS = List.of(
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");

    /** A tree over these leaf hashes, its complete subtrees computed from their definition. */
    private static MerkleTree tree(List<byte[]> leaves) {
        return new MerkleTree((level, position) -> {
            int from = (int) (position << level);
            return Rfc9162.root(leaves.subList(from, from + (1 << level)));
        });
    }

    private static List<byte[]> leafHashes(int n) {
        List<byte[]> leaves = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            leaves.add(MerkleTree.leaf(("leaf " + i).getBytes()));
        }
        return leaves;
    }

    @Test
    void computesTheRootsOfTheReferenceTestVectors() {
        List<byte[]> leaves = LEAVES.stream().map(hex -> MerkleTree.leaf(HEX.parseHex(hex))).toList();
        for (int size = 1; size <= 8; size++) {
            assertThat(HEX.formatHex(tree(leaves).root(size))).as("root of %d", size).isEqualTo(ROOTS.get(size - 1));
        }
        assertThat(HEX.formatHex(tree(leaves).root(0)))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void provesEveryLeafOfEveryTreeToAnIndependentVerifier() {
        List<byte[]> leaves = leafHashes(40);
        MerkleTree tree = tree(leaves);
        for (int n = 1; n <= 40; n++) {
            byte[] root = tree.root(n);
            assertThat(root).isEqualTo(Rfc9162.root(leaves.subList(0, n)));
            for (int m = 0; m < n; m++) {
                List<byte[]> path = tree.inclusion(m, n);
                assertThat(Rfc9162.verifyInclusion(m, n, leaves.get(m), path, root)).as("leaf %d of %d", m, n).isTrue();
                assertThat(MerkleTree.includes(leaves.get(m), m, n, path, root)).isTrue();
                if (n > 1) {
                    int other = (m + 1) % n;
                    assertThat(Rfc9162.verifyInclusion(other, n, leaves.get(m), path, root)).isFalse();
                    assertThat(MerkleTree.includes(leaves.get(other), m, n, path, root)).isFalse();
                }
            }
        }
    }

    @Test
    void provesEveryTreeConsistentWithEachLargerOneToAnIndependentVerifier() {
        List<byte[]> leaves = leafHashes(40);
        MerkleTree tree = tree(leaves);
        for (int n = 1; n <= 40; n++) {
            for (int m = 1; m <= n; m++) {
                List<byte[]> proof = tree.consistency(m, n);
                assertThat(Rfc9162.verifyConsistency(m, n, tree.root(m), tree.root(n), proof)).as("%d in %d", m, n)
                        .isTrue();
                if (m < n) {
                    assertThat(Rfc9162.verifyConsistency(m, n, tree.root(m), tree.root(n - 1), proof)).isFalse();
                    if (m > 1) {
                        assertThat(Rfc9162.verifyConsistency(m - 1, n, tree.root(m - 1), tree.root(n), proof)).isFalse();
                    }
                }
            }
        }
    }
}
