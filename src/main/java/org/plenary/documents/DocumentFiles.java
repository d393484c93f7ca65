package org.plenary.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import org.plenary.processes.Process;
import org.plenary.shared.ConflictException;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.WordFiles;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** Checks and stores the language files of a document: the one way every operation adds files. */
@Component
class DocumentFiles {

    private final FileStore store;
    private final DocumentRepository documents;
    private final Clock clock;
    private final SchedulerClient scheduler;

    DocumentFiles(FileStore store, DocumentRepository documents, Clock clock, @Lazy SchedulerClient scheduler) {
        this.store = store;
        this.documents = documents;
        this.clock = clock;
        this.scheduler = scheduler;
    }

    /** Validates the set of uploads: at least one, each language of the process, none twice or already there. */
    void checkLanguages(Process process, List<Upload> uploads, Set<String> existing) {
        if (uploads.isEmpty()) {
            throw InvalidInputException.of("files", "At least one file is required, in a part named by its language (en, fr, …)");
        }
        Set<String> seen = new HashSet<>();
        for (Upload upload : uploads) {
            String language = upload.language() == null ? "" : upload.language().toLowerCase(Locale.ROOT);
            if (!process.languages().contains(language)) {
                throw InvalidInputException.of(upload.language(), "'" + upload.language()
                        + "' is not a language of this process (" + String.join(", ", process.languages()) + ")");
            }
            if (!seen.add(language)) {
                throw InvalidInputException.of(language, "Two files were sent for '" + language + "'");
            }
            if (existing.contains(language)) {
                throw new ConflictException("The document already has a version in '" + language + "'");
            }
        }
    }

    void store(DocumentId document, List<Upload> uploads) {
        store(document, uploads, ContentTypes.ANY);
    }

    /**
     * Stores the uploads if each is one of the {@code accepted} types (415 otherwise), and queues the extraction of
     * their text, which runs after the transaction has committed ({@link TextExtractionTask}). A DOCX whose zip
     * directory declares parts beyond {@link WordFiles}' limits (a zip bomb) is refused with 400: that check reads
     * no more than the directory; one that lies about its sizes is stored, and its extraction fails.
     */
    void store(DocumentId document, List<Upload> uploads, ContentTypes.Accepted accepted) {
        for (Upload upload : uploads) {
            String language = upload.language().toLowerCase(Locale.ROOT);
            String fileName = FileNames.safe(upload.fileName(), language);
            try {
                String contentType;
                try (InputStream in = upload.content().getInputStream()) {
                    if (in.read() < 0) {
                        throw InvalidInputException.of(language, "The file for '" + language + "' is empty");
                    }
                }
                try (InputStream in = upload.content().getInputStream()) {
                    contentType = ContentTypes.check(in, fileName, upload.declaredType());
                }
                accepted.check(fileName, contentType);
                if (contentType.equals(ContentTypes.DOCX)) {
                    try (InputStream in = upload.content().getInputStream()) {
                        WordFiles.checkDeclaredSizes(in, language);
                    }
                }
                FileStore.Stored stored;
                try (InputStream in = upload.content().getInputStream()) {
                    stored = store.store(in);
                }
                documents.insertFile(document, new DocumentFile(language, fileName, contentType, stored.size(),
                        stored.sha256(), stored.oid(), clock.instant(), DocumentFile.Text.PENDING));
                // at once by the scheduler's own clock, not the application's (which tests may move)
                scheduler.schedule(TextExtractionTask.instance(document, language), Instant.now());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot store the file for '" + language + "'", e);
            }
        }
    }
}
