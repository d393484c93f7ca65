package org.plenary.documents;

import java.time.Instant;

/** One language version of a document: its file as stored, without the content. */
public record DocumentFile(String language, String fileName, String contentType, long size, String sha256,
        long contentOid, Instant uploadedAt) {
}
