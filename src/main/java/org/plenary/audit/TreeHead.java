package org.plenary.audit;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A signed tree head: the log's size and root hash at a moment, signed with Ed25519 over the UTF-8 bytes of
 * {@code treeSize + "\n" + rootHash + "\n" + timestamp}; hashes, signature and raw public key in base64.
 */
public record TreeHead(long treeSize, String rootHash, String timestamp, String signature, String publicKey) {

    static String signedText(long treeSize, String rootHash, String timestamp) {
        return treeSize + "\n" + rootHash + "\n" + timestamp;
    }

    boolean signatureValid() {
        try {
            Base64.Decoder b64 = Base64.getDecoder();
            return SigningKey.verify(b64.decode(publicKey),
                    signedText(treeSize, rootHash, timestamp).getBytes(StandardCharsets.UTF_8), b64.decode(signature));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    byte[] root() {
        return Base64.getDecoder().decode(rootHash);
    }

    /** The tree head as one line, for an e-mail header: {@code size=…; root=…; ts=…; sig=…; key=…}. */
    public String header() {
        return "size=" + treeSize + "; root=" + rootHash + "; ts=" + timestamp + "; sig=" + signature + "; key="
                + publicKey;
    }
}
