package org.plenary.documents;

import java.time.Instant;
import org.springframework.modulith.NamedInterface;

/** One language version of a document: its file as stored, without the content, and where its text stands. */
@NamedInterface("api")
public record DocumentFile(String language, String fileName, String contentType, long size, String sha256,
        long contentOid, Instant uploadedAt, Text text) {

    /** Whether the text of the file is searchable: PENDING until extracted, FAILED with the reason. */
    public enum TextStatus { PENDING, EXTRACTED, FAILED }

    public record Text(TextStatus status, String failure) {

        static final Text PENDING = new Text(TextStatus.PENDING, null);
    }
}
