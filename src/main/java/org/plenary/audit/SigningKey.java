package org.plenary.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The Ed25519 key that signs tree heads: given by the environment, or kept in the data directory (readable by
 * its owner only), generated there at first start. Written as the base64 PKCS#8 private key, a space, and the
 * base64 X.509 public key, since the JDK derives no public key from a private one.
 */
final class SigningKey {

    /** The X.509 (SubjectPublicKeyInfo) encoding of an Ed25519 key is this prefix and the raw 32-byte key. */
    private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    private final PrivateKey privateKey;
    private final byte[] publicKey;

    private SigningKey(PrivateKey privateKey, PublicKey publicKey) {
        this.privateKey = privateKey;
        byte[] encoded = publicKey.getEncoded();
        this.publicKey = Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length);
        if (!verify(this.publicKey, X509_PREFIX, sign(X509_PREFIX))) {
            throw new IllegalStateException("The audit signing key's public half does not match its private half");
        }
    }

    static SigningKey of(AuditProperties properties, Path dataDir) throws IOException {
        if (properties.signingKey() != null && !properties.signingKey().isBlank()) {
            return parse(properties.signingKey());
        }
        Path file = dataDir.resolve("audit").resolve("signing-key");
        if (!Files.exists(file)) {
            create(file);
        }
        return parse(Files.readString(file));
    }

    /** Writes a new key to a private file, then links it into place: another instance starting may race. */
    private static void create(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Path draft = Files.createTempFile(file.getParent(), "signing-key", ".new",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            Base64.Encoder b64 = Base64.getEncoder();
            Files.writeString(draft, b64.encodeToString(pair.getPrivate().getEncoded()) + " "
                    + b64.encodeToString(pair.getPublic().getEncoded()) + "\n", StandardCharsets.US_ASCII);
            Files.createLink(file, draft);
        } catch (FileAlreadyExistsException e) {
            // another instance made it first: use its key
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of every JDK since 15", e);
        } finally {
            Files.deleteIfExists(draft);
        }
    }

    private static SigningKey parse(String text) {
        String[] parts = text.strip().split("\\s+");
        if (parts.length != 2) {
            throw new IllegalStateException("The audit signing key must be a base64 PKCS#8 private key, a space, and "
                    + "a base64 X.509 public key");
        }
        try {
            KeyFactory keys = KeyFactory.getInstance("Ed25519");
            return new SigningKey(keys.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(parts[0]))),
                    keys.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(parts[1]))));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("The audit signing key is not an Ed25519 key pair", e);
        }
    }

    byte[] publicKey() {
        return publicKey.clone();
    }

    byte[] sign(byte[] message) {
        try {
            Signature ed25519 = Signature.getInstance("Ed25519");
            ed25519.initSign(privateKey);
            ed25519.update(message);
            return ed25519.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign with the audit key", e);
        }
    }

    /** Whether {@code signature} is an Ed25519 signature of {@code message} by the raw public key. */
    static boolean verify(byte[] rawPublicKey, byte[] message, byte[] signature) {
        if (rawPublicKey.length != 32) {
            return false;
        }
        try {
            byte[] encoded = Arrays.copyOf(X509_PREFIX, X509_PREFIX.length + 32);
            System.arraycopy(rawPublicKey, 0, encoded, X509_PREFIX.length, 32);
            Signature ed25519 = Signature.getInstance("Ed25519");
            ed25519.initVerify(KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(encoded)));
            ed25519.update(message);
            return ed25519.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
