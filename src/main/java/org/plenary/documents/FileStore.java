package org.plenary.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.largeobject.LargeObject;
import org.postgresql.largeobject.LargeObjectManager;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * File contents as PostgreSQL large objects: written and read as streams in the caller's transaction, so a
 * 50 MB file never sits in memory, and a byte range can be read without reading what comes before it.
 */
@Component
class FileStore {

    record Stored(long oid, long size, String sha256) {
    }

    private static final int BUFFER = 64 * 1024;

    private final DataSource dataSource;

    FileStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    Stored store(InputStream content) throws IOException {
        MessageDigest sha256 = sha256();
        try {
            LargeObjectManager objects = largeObjects();
            long oid = objects.createLO(LargeObjectManager.READWRITE);
            long size = 0;
            try (LargeObject object = objects.open(oid, LargeObjectManager.WRITE);
                    OutputStream out = object.getOutputStream();
                    InputStream in = new DigestInputStream(content, sha256)) {
                byte[] buffer = new byte[BUFFER];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    out.write(buffer, 0, n);
                    size += n;
                }
            }
            return new Stored(oid, size, HexFormat.of().formatHex(sha256.digest()));
        } catch (SQLException e) {
            throw new IOException("Cannot store the file", e);
        }
    }

    /** Copies {@code length} bytes from {@code offset} of a stored file to {@code out}. */
    @Transactional(propagation = Propagation.MANDATORY)
    void copy(long oid, long offset, long length, OutputStream out) throws IOException {
        try (LargeObject object = largeObjects().open(oid, LargeObjectManager.READ)) {
            object.seek64(offset, LargeObject.SEEK_SET);
            byte[] buffer = new byte[BUFFER];
            long remaining = length;
            while (remaining > 0) {
                int n = object.read(buffer, 0, (int) Math.min(buffer.length, remaining));
                if (n <= 0) {
                    break;
                }
                out.write(buffer, 0, n);
                remaining -= n;
            }
        } catch (SQLException e) {
            throw new IOException("Cannot read the file", e);
        }
    }

    /** Opens a stored file for reading in the current transaction (for text extraction and checks). */
    @Transactional(propagation = Propagation.MANDATORY)
    InputStream open(long oid) throws IOException {
        try {
            return largeObjects().open(oid, LargeObjectManager.READ).getInputStream();
        } catch (SQLException e) {
            throw new IOException("Cannot read the file", e);
        }
    }

    private LargeObjectManager largeObjects() throws SQLException {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        return connection.unwrap(PGConnection.class).getLargeObjectAPI();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
