package org.plenary.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Extracts the text of one stored file, for search, without holding a database connection while it parses: the
 * file is copied to a temporary file in a short transaction, parsed by {@link TextParsers} within the limits, and
 * its text (or why there is none) written in another short transaction, if it is still pending. Idempotent: a file
 * whose text is no longer pending is left alone.
 */
@Component
class ExtractText {

    enum Result { DONE, BUSY }

    private static final Logger log = LoggerFactory.getLogger(ExtractText.class);

    private final DocumentRepository documents;
    private final FileStore store;
    private final TextParsers parsers;
    private final TransactionTemplate transaction;

    ExtractText(DocumentRepository documents, FileStore store, TextParsers parsers, TransactionTemplate transaction) {
        this.documents = documents;
        this.store = store;
        this.parsers = parsers;
        this.transaction = transaction;
    }

    Result extract(DocumentId document, String language) {
        Path copy = null;
        try {
            copy = Files.createTempFile("plenary-text-", ".bin");
            Path target = copy;
            Optional<String> contentType = transaction.execute(status -> documents.lockPendingFile(document, language)
                    .map(file -> {
                        try (OutputStream out = Files.newOutputStream(target)) {
                            store.copy(file.contentOid(), 0, file.size(), out);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        return file.contentType();
                    }));
            if (contentType == null || contentType.isEmpty()) {
                return Result.DONE;
            }
            TextParsers.Outcome outcome = parsers.parse(copy, contentType.get());
            switch (outcome) {
                case TextParsers.Outcome.Busy busy -> {
                    return Result.BUSY;
                }
                case TextParsers.Outcome.Text text -> transaction.executeWithoutResult(
                        status -> documents.storeText(document, language, text.text()));
                case TextParsers.Outcome.Failed failed -> {
                    log.info("No text extracted from the {} file of document {}: {}", language, document,
                            failed.reason());
                    transaction.executeWithoutResult(status -> documents.textFailed(document, language,
                            failed.reason()));
                }
            }
            return Result.DONE;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy the file of document " + document + " to extract its text", e);
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Stopped while extracting the text of document " + document, stopping);
        } finally {
            if (copy != null) {
                try {
                    Files.deleteIfExists(copy);
                } catch (IOException ignored) {
                    // the system cleans its temporary directory
                }
            }
        }
    }
}
