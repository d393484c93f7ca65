package org.plenary.documents.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.plenary.documents.Distribution;
import org.plenary.documents.Document;
import org.plenary.documents.DocumentFile;
import org.plenary.documents.DocumentType;
import org.plenary.documents.Relation;

/** A document as the API shows it, with its languages, the chain of its revisions and what supersedes it. */
record DocumentResponse(String id, String symbol, String title, DocumentType type, Distribution distribution,
        String originalLanguage, String agendaItem, String meetingId, String submittedBy, Relation relation,
        String relatedTo, LocalDate issuedOn, Instant createdAt, List<String> languages, List<FileResponse> files,
        String supersededBy, List<RevisionResponse> revisions, List<MatchResponse> matches) {

    /** Where a search found the document: the language version and a snippet with the words between « ». */
    record MatchResponse(String language, String snippet) {
    }

    /**
     * A language file; {@code text} says whether its text is searchable: {@code PENDING} just after the upload,
     * then {@code EXTRACTED}, or {@code FAILED} with {@code textFailure} (a file beyond the limits of extraction).
     */
    record FileResponse(String language, String fileName, String contentType, long size, String sha256, String url,
            DocumentFile.TextStatus text, String textFailure) {
    }

    record RevisionResponse(String id, String symbol, LocalDate issuedOn, boolean current) {
    }

    static DocumentResponse of(Document d, List<Document> revisions) {
        return of(d, revisions, null);
    }

    static DocumentResponse of(Document d, List<Document> revisions, List<MatchResponse> matches) {
        String base = "/api/v1/processes/" + d.process() + "/documents/" + d.id();
        return new DocumentResponse(d.id().toString(), d.symbol() == null ? null : d.symbol().value(), d.title(),
                d.type(), d.distribution(), d.originalLanguage(), d.agendaItem(),
                d.meetingId() == null ? null : d.meetingId().toString(), d.submittedBy(), d.relation(),
                d.relatedTo() == null ? null : d.relatedTo().toString(), d.issuedOn(), d.createdAt(), d.languages(),
                d.files().stream().map(f -> new FileResponse(f.language(), f.fileName(), f.contentType(), f.size(),
                        f.sha256(), base + "/files/" + f.language(), f.text().status(), f.text().failure())).toList(),
                d.supersededBy() == null ? null : d.supersededBy().toString(),
                revisions.stream().map(r -> new RevisionResponse(r.id().toString(), r.symbol().value(), r.issuedOn(),
                        r.current())).toList(),
                matches);
    }
}
