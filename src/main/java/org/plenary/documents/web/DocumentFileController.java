package org.plenary.documents.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.plenary.documents.Document;
import org.plenary.documents.DocumentFile;
import org.plenary.documents.DocumentId;
import org.plenary.documents.Documents;
import org.plenary.processes.Process;
import org.plenary.processes.ProcessId;
import org.plenary.processes.Processes;
import org.plenary.shared.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRange;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * Serves the language files of documents, streamed from the database, under a name made of their symbol and
 * language, with their checksum as ETag (304 to a matching If-None-Match, weak comparison) and
 * support for a single byte range (resumed downloads, PDF viewers).
 */
@RestController
@Tag(name = "Documents")
class DocumentFileController {

    private final Processes processes;
    private final Documents documents;

    DocumentFileController(Processes processes, Documents documents) {
        this.processes = processes;
        this.documents = documents;
    }

    /**
     * The API route reads bearer tokens; the same file under the pages' route reads the browser's session, so
     * that the links of pages and e-mails open a limited document for whoever is signed in and may read it.
     */
    @GetMapping({"/api/v1/processes/{pid}/documents/{did}/files/{lang}", "/processes/{pid}/documents/{did}/files/{lang}"})
    @Operation(operationId = "getDocumentFile", summary = "The file of a document in a language, with its content type")
    void download(@PathVariable ProcessId pid, @PathVariable String did, @PathVariable String lang,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        Process process = processes.require(pid);
        Document document = documents.require(process, DocumentId.parse(did));
        DocumentFile file = document.file(lang).orElseThrow(() -> new NotFoundException("Language version", lang));
        String etag = "\"" + file.sha256() + "\"";
        response.setHeader(HttpHeaders.ETAG, etag);
        response.setHeader(HttpHeaders.ACCEPT_RANGES, "bytes");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-cache");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                .filename(downloadName(document, file), StandardCharsets.UTF_8).build().toString());
        if (new ServletWebRequest(request, response).checkNotModified(etag)) {
            return;
        }
        long start = 0;
        long length = file.size();
        List<HttpRange> ranges = ranges(request.getHeader(HttpHeaders.RANGE), request.getHeader(HttpHeaders.IF_RANGE), etag);
        if (ranges.size() == 1) {
            HttpRange range = ranges.getFirst();
            start = range.getRangeStart(file.size());
            long end = range.getRangeEnd(file.size());
            if (start >= file.size() || end < start) {
                response.setStatus(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE.value());
                response.setHeader(HttpHeaders.CONTENT_RANGE, "bytes */" + file.size());
                return;
            }
            length = end - start + 1;
            response.setStatus(HttpStatus.PARTIAL_CONTENT.value());
            response.setHeader(HttpHeaders.CONTENT_RANGE, "bytes " + start + "-" + end + "/" + file.size());
        }
        response.setContentType(file.contentType());
        response.setContentLengthLong(length);
        documents.copy(file, start, length, response.getOutputStream());
    }

    /** The requested ranges, or none when the header is absent, malformed, or for an older version (If-Range). */
    /**
     * The name a file is saved under: its symbol with {@code /} replaced, its language and the extension of the file
     * as received ({@code CCM-CONF-2020-WP.4-Rev.1-fr.pdf}); a document without a symbol keeps the name received.
     */
    private static String downloadName(Document document, DocumentFile file) {
        if (document.symbol() == null) {
            return file.fileName();
        }
        String received = file.fileName();
        String extension = received.substring(Math.max(received.lastIndexOf('.'), 0));
        return document.symbol().value().replace('/', '-') + "-" + file.language()
                + (extension.matches("\\.[A-Za-z0-9]{1,5}") ? extension.toLowerCase() : "");
    }

    private static List<HttpRange> ranges(String range, String ifRange, String etag) {
        if (range == null || (ifRange != null && !ifRange.equals(etag))) {
            return List.of();
        }
        try {
            return HttpRange.parseRanges(range);
        } catch (IllegalArgumentException malformed) {
            return List.of();
        }
    }
}
