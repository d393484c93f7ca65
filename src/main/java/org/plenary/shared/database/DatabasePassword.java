package org.plenary.shared.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * The password of the embedded PostgreSQL, generated at first start (256 random bits) and kept in
 * {@code <data dir>/database-password}, readable and writable by the owner only.
 */
final class DatabasePassword {

    static final String FILE = "database-password";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private DatabasePassword() {
    }

    /** The password kept in {@code dataDir}, made now if there is none yet. */
    static String of(Path dataDir) throws IOException {
        Path file = dataDir.resolve(FILE);
        if (!Files.exists(file)) {
            byte[] secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
                Files.writeString(file, Base64.getUrlEncoder().withoutPadding().encodeToString(secret) + "\n",
                        StandardCharsets.US_ASCII);
            } catch (FileAlreadyExistsException madeByAnotherStart) {
                // read below
            }
        }
        if (!Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
        String password = Files.readString(file, StandardCharsets.US_ASCII).strip();
        if (!password.matches("[A-Za-z0-9_-]{16,}")) {
            throw new IllegalStateException(file + " does not hold a database password: remove it only together with "
                    + "the database, or put the password of the postgres role back");
        }
        return password;
    }
}
