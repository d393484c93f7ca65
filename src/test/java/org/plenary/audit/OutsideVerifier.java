package org.plenary.audit;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.plenary.support.Api;
import org.plenary.support.Rfc9162;
import tools.jackson.databind.JsonNode;

/**
 * A verifier outside Plenary: it trusts one public key, keeps a signed tree head it once received and the index of
 * an entry it cares about (a receipt), and checks with the public API and {@link Rfc9162} alone that the log has
 * only grown since (consistency) and that the entry served at that index is proven by the kept tree head.
 */
record OutsideVerifier(Api api, JsonNode keptHead, long index) {

    static OutsideVerifier keeping(Api api, long index) {
        JsonNode head = api.get("/audit/tree-head").json();
        if (head.path("treeSize").asLong() <= index) {
            throw new IllegalStateException("The kept tree head must include entry " + index);
        }
        return new OutsideVerifier(api, head, index);
    }

    /** What the verifier finds wrong; empty when the log still proves what it kept. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (!signed(keptHead)) {
            problems.add("the kept tree head has no valid signature");
        }
        long kept = keptHead.path("treeSize").asLong();
        Api.Response current = api.get("/audit/tree-head");
        if (current.status() != 200) {
            problems.add("the log has no tree head any more");
        } else if (!signed(current.json())
                || !current.json().path("publicKey").asString().equals(keptHead.path("publicKey").asString())) {
            problems.add("the current tree head is not signed by the trusted key");
        } else {
            long size = current.json().path("treeSize").asLong();
            Api.Response proof = api.get("/audit/proofs/consistency?first=" + kept + "&second=" + size);
            if (size < kept) {
                problems.add("the log shrank from " + kept + " to " + size + " entries");
            } else if (proof.status() != 200 || !Rfc9162.verifyConsistency(kept, size, root(keptHead),
                    root(current.json()), hashes(proof.json().path("consistency")))) {
                problems.add("the current tree head is not consistent with the kept one");
            }
        }
        Api.Response entry = api.get("/audit/entries/" + index);
        Api.Response inclusion = api.get("/audit/proofs/inclusion?index=" + index + "&treeSize=" + kept);
        if (entry.status() != 200 || inclusion.status() != 200) {
            problems.add("entry " + index + " or its inclusion proof is gone");
        } else if (!Rfc9162.verifyInclusion(index, kept,
                Rfc9162.leafHash(Base64.getDecoder().decode(entry.json().path("leafInput").asString())),
                hashes(inclusion.json().path("auditPath")), root(keptHead))) {
            problems.add("entry " + index + " is not the one the kept tree head includes");
        }
        return problems;
    }

    private static boolean signed(JsonNode head) {
        return Rfc9162.verifyTreeHead(head.path("treeSize").asLong(), head.path("rootHash").asString(),
                head.path("timestamp").asString(), head.path("signature").asString(), head.path("publicKey").asString());
    }

    private static byte[] root(JsonNode head) {
        return Base64.getDecoder().decode(head.path("rootHash").asString());
    }

    static List<byte[]> hashes(JsonNode array) {
        return array.valueStream().map(h -> Base64.getDecoder().decode(h.asString())).toList();
    }
}
