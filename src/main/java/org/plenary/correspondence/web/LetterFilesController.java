package org.plenary.correspondence.web;

import java.nio.charset.StandardCharsets;
import org.plenary.correspondence.Letter;
import org.plenary.correspondence.LetterId;
import org.plenary.correspondence.LetterRendering;
import org.plenary.correspondence.Letters;
import org.plenary.processes.Process;
import org.plenary.processes.ProcessId;
import org.plenary.processes.Processes;
import org.plenary.shared.web.PageController;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A letter as the formal letter it is: the HTML preview shown in a frame of the letter page, and the PDF,
 * for its readers; the PDF of a sent public letter for everyone, without signing in.
 */
@PageController
class LetterFilesController {

    /**
     * The preview is a document of its own, framed by the letter page of this site only. It runs no script,
     * loads only its stylesheet and submits nothing; the headers that Spring Security would add are set here
     * first, and it keeps them.
     */
    static final String PREVIEW_POLICY = "default-src 'none'; style-src 'self'; img-src 'self' data:; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

    private final Processes processes;
    private final Letters letters;
    private final LetterRendering rendering;

    LetterFilesController(Processes processes, Letters letters, LetterRendering rendering) {
        this.processes = processes;
        this.letters = letters;
        this.rendering = rendering;
    }

    @GetMapping("/processes/{code}/letters/{id}/preview")
    ResponseEntity<String> preview(@PathVariable ProcessId code, @PathVariable String id,
            @RequestParam(required = false) String version) {
        Process process = processes.require(code);
        Letter letter = letters.require(process, LetterId.parse(id));
        return ResponseEntity.ok()
                .header("Content-Security-Policy", PREVIEW_POLICY)
                .header("X-Frame-Options", "SAMEORIGIN")
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(rendering.html(letter, letters.versions(letter).existing(version), "/css/letter.css"));
    }

    @GetMapping(path = "/processes/{code}/letters/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@PathVariable ProcessId code, @PathVariable String id,
            @RequestParam(required = false) String version) {
        Process process = processes.require(code);
        return pdf(letters.require(process, LetterId.parse(id)), version, false);
    }

    @GetMapping(path = "/processes/{code}/letters/{id}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> publicPdf(@PathVariable ProcessId code, @PathVariable String id,
            @RequestParam(required = false) String version) {
        Process process = processes.require(code);
        return pdf(letters.requirePublished(process, LetterId.parse(id)), version, true);
    }

    /** The letter's version in {@code version}, by default its original. */
    private ResponseEntity<byte[]> pdf(Letter letter, String version, boolean published) {
        String language = letters.versions(letter).existing(version);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(LetterPages.fileName(letter, language), StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CONTENT_LANGUAGE, language)
                .header(HttpHeaders.CACHE_CONTROL, published ? "public, max-age=300" : "private, no-cache")
                .contentType(MediaType.APPLICATION_PDF)
                .body(rendering.pdf(letter, language));
    }
}
