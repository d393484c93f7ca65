package org.plenary.documents.web;

import java.time.LocalDate;
import java.util.List;
import org.plenary.documents.Distribution;
import org.plenary.documents.Document;
import org.plenary.documents.DocumentMetadata;
import org.plenary.documents.DocumentType;
import org.plenary.documents.Relation;
import org.plenary.documents.Upload;
import org.plenary.processes.Process;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/** The values entered in the officers' document forms; the files come in parts named {@code file-<language>}. */
public final class DocumentForms {

    static final String FILE_PREFIX = "file-";

    private DocumentForms() {
    }

    /**
     * The masthead of a new document or of a follow-up ({@code relation}: revision, corrigendum, addendum or
     * amendment, whose symbol follows from the document's, so that {@code symbol} is not asked for).
     */
    public record Masthead(String symbol, String title, DocumentType type, Distribution distribution,
            String originalLanguage, String agendaItem, String submittedBy,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn, Relation relation) {

        public static Masthead empty(Process process) {
            return new Masthead("", "", DocumentType.WORKING_PAPER, Distribution.GENERAL,
                    process.languages().getFirst(), "", "", null, null);
        }

        /** A follow-up of {@code d}, its masthead taken over to be changed where needed. */
        public static Masthead following(Document d) {
            return new Masthead(null, d.title(), d.type(), d.distribution(), d.originalLanguage(), d.agendaItem(),
                    d.submittedBy(), null, Relation.REVISION);
        }

        DocumentMetadata metadata() {
            return new DocumentMetadata(symbol, title, type, distribution, originalLanguage, agendaItem, null,
                    submittedBy, issuedOn);
        }
    }

    /** The files chosen, one per language; a file input left empty sends nothing. */
    static List<Upload> uploads(MultipartHttpServletRequest request) {
        return request.getMultiFileMap().entrySet().stream()
                .filter(e -> e.getKey().startsWith(FILE_PREFIX))
                .flatMap(e -> e.getValue().stream()
                        .filter(f -> !(f.isEmpty() && (f.getOriginalFilename() == null || f.getOriginalFilename().isEmpty())))
                        .map(f -> upload(e.getKey().substring(FILE_PREFIX.length()), f)))
                .toList();
    }

    private static Upload upload(String language, MultipartFile file) {
        return new Upload(language, file.getOriginalFilename(), file.getContentType(), file);
    }
}
