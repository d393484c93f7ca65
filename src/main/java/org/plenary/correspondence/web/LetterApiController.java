package org.plenary.correspondence.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.plenary.contacts.Coverage;
import org.plenary.correspondence.AddresseeGroup;
import org.plenary.correspondence.ChangeDraftLetter;
import org.plenary.correspondence.Dispatch;
import org.plenary.correspondence.DispatchStatus;
import org.plenary.correspondence.DraftLetter;
import org.plenary.correspondence.Letter;
import org.plenary.correspondence.LetterId;
import org.plenary.correspondence.LetterRendering;
import org.plenary.correspondence.LetterStatus;
import org.plenary.correspondence.LetterText;
import org.plenary.correspondence.Letters;
import org.plenary.correspondence.ResendDispatches;
import org.plenary.correspondence.SendLetter;
import org.plenary.correspondence.WriteLetterVersion;
import org.plenary.notifications.Mailer;
import org.plenary.processes.Process;
import org.plenary.processes.ProcessId;
import org.plenary.processes.Processes;
import org.plenary.shared.LanguageVersions;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/processes/{pid}/letters")
@Tag(name = "Letters", description = "Letters of the Presidency and their dispatch by e-mail")
class LetterApiController {

    /** A letter; on a change, {@code version}, if given, is the version changed (409 if the draft changed since). */
    record NewLetter(String reference, LocalDate date, String place, String subject, String body,
            List<AddresseeGroup> addressees, List<String> attachments, List<String> refersTo, String signatory,
            String signatoryTitle, Boolean publicLetter, Integer version) {
    }

    record DispatchResponse(String id, String participantId, String participantName, String email, String language,
            DispatchStatus status, Instant at, int attempts, String lastError) {

        static DispatchResponse of(Dispatch d) {
            return new DispatchResponse(d.id().toString(), d.participantId().toString(), d.participantName(), d.email(),
                    d.language(), d.status(), d.status() == DispatchStatus.SENT ? d.sentAt() : d.updatedAt(),
                    d.attempts(), d.lastError());
        }
    }

    record LetterResponse(String id, String reference, LocalDate date, String place, String subject, String body,
            List<AddresseeGroup> addressees, List<String> attachments, List<String> refersTo, String signatory,
            String signatoryTitle, boolean publicLetter, LetterStatus status, Instant createdAt, Instant sentAt,
            List<DispatchResponse> dispatches, Boolean mailServerConfigured, Coverage coverage,
            String originalLanguage, Map<String, LetterText> versions, int version) {
    }

    record NewLetterVersion(String subject, String body, String signatoryTitle) {
    }

    private final Processes processes;
    private final Letters letters;
    private final DraftLetter draft;
    private final ChangeDraftLetter change;
    private final SendLetter send;
    private final ResendDispatches resend;
    private final LetterRendering rendering;
    private final Mailer mailer;
    private final WriteLetterVersion writeVersion;

    LetterApiController(Processes processes, Letters letters, DraftLetter draft, ChangeDraftLetter change,
            SendLetter send, ResendDispatches resend, LetterRendering rendering, Mailer mailer,
            WriteLetterVersion writeVersion) {
        this.change = change;
        this.writeVersion = writeVersion;
        this.processes = processes;
        this.letters = letters;
        this.draft = draft;
        this.send = send;
        this.resend = resend;
        this.rendering = rendering;
        this.mailer = mailer;
    }

    @PostMapping
    @Operation(operationId = "draftLetter", summary = "Write a letter as a draft; the body is Markdown (officers)")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<LetterResponse> create(@PathVariable ProcessId pid, @RequestBody NewLetter r) {
        Letter letter = draft.execute(new DraftLetter.Command(pid, r.reference(), r.date(), r.place(), r.subject(),
                r.body(), r.addressees(), r.attachments(), r.refersTo(), r.signatory(), r.signatoryTitle(),
                Boolean.TRUE.equals(r.publicLetter())));
        Process process = processes.require(pid);
        return ResponseEntity.created(URI.create("/api/v1/processes/" + process.id() + "/letters/" + letter.id()))
                .body(response(process, letter, true));
    }

    @PutMapping("/{lid}")
    @Operation(operationId = "editLetter", summary = "Edit a DRAFT (officers); the same body as a new letter; 409 once sent")
    LetterResponse edit(@PathVariable ProcessId pid, @PathVariable String lid, @RequestBody NewLetter r) {
        Letter letter = change.edit(LetterId.parse(lid), r.version(), new DraftLetter.Command(pid, r.reference(), r.date(),
                r.place(), r.subject(), r.body(), r.addressees(), r.attachments(), r.refersTo(), r.signatory(),
                r.signatoryTitle(), Boolean.TRUE.equals(r.publicLetter())));
        return response(processes.require(pid), letter, true);
    }

    @DeleteMapping("/{lid}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteLetter", summary = "Delete a DRAFT (officers); 409 once sent, or when a procedure or letter refers to it")
    void delete(@PathVariable ProcessId pid, @PathVariable String lid) {
        change.delete(pid, LetterId.parse(lid));
    }

    @GetMapping
    @Operation(operationId = "listLetters",
            summary = "Letters, newest first: all for officers, the sent letters addressed to them for delegates")
    List<LetterResponse> list(@PathVariable ProcessId pid) {
        Process process = processes.require(pid);
        return letters.visible(process).stream().map(l -> response(process, l, false)).toList();
    }

    @GetMapping("/{lid}")
    @Operation(operationId = "getLetter",
            summary = "One letter with its status and, for officers, its coverage and dispatches")
    LetterResponse get(@PathVariable ProcessId pid, @PathVariable String lid) {
        Process process = processes.require(pid);
        return response(process, letters.require(process, LetterId.parse(lid)), true);
    }

    @PostMapping("/{lid}/send")
    @Operation(operationId = "sendLetter",
            summary = "Send the letter: one e-mail per distinct address (official contacts, delegate accounts) of "
            + "every addressed participant (Presidency)")
    LetterResponse send(@PathVariable ProcessId pid, @PathVariable String lid) {
        Process process = processes.require(pid);
        return response(process, send.execute(pid, LetterId.parse(lid)).letter(), true);
    }

    @PostMapping("/{lid}/dispatches/{dispatchId}/resend")
    @Operation(operationId = "resendDispatch",
            summary = "Queue a failed e-mail of the letter again, its attempts counted from zero (officers); "
            + "409 if it has not failed")
    DispatchResponse resend(@PathVariable ProcessId pid, @PathVariable String lid, @PathVariable String dispatchId) {
        return DispatchResponse.of(resend.one(pid, LetterId.parse(lid), dispatchId));
    }

    @PostMapping("/{lid}/dispatches/resend-failed")
    @Operation(operationId = "resendFailedDispatches",
            summary = "Queue every failed e-mail of the letter again (officers); 409 if none has failed")
    List<DispatchResponse> resendFailed(@PathVariable ProcessId pid, @PathVariable String lid) {
        return resend.allFailed(pid, LetterId.parse(lid)).stream().map(DispatchResponse::of).toList();
    }

    @PutMapping("/{lid}/versions/{lang}")
    @Operation(operationId = "writeLetterVersion", summary = "Add or correct the letter's version in another language of the process (officers); once "
            + "the letter is sent, a version can be added but not changed (409)")
    LetterResponse writeVersion(@PathVariable ProcessId pid, @PathVariable String lid, @PathVariable String lang,
            @RequestBody NewLetterVersion r) {
        Process process = processes.require(pid);
        Letter letter = writeVersion.execute(new WriteLetterVersion.Command(pid, LetterId.parse(lid), lang,
                r.subject(), r.body(), r.signatoryTitle())).letter();
        return response(process, letter, true);
    }

    @GetMapping(path = "/{lid}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(operationId = "getLetterPdf", summary = "The letter as a PDF: its version in `lang`, by default its "
            + "original (404 if it has no version in that language)")
    ResponseEntity<byte[]> pdf(@PathVariable ProcessId pid, @PathVariable String lid,
            @RequestParam(required = false) String lang) {
        Process process = processes.require(pid);
        Letter letter = letters.require(process, LetterId.parse(lid));
        String language = letters.versions(letter).existing(lang);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("letter-" + letter.reference().replace('/', '-') + "-" + language + ".pdf",
                                StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CONTENT_LANGUAGE, language)
                .contentType(MediaType.APPLICATION_PDF)
                .body(rendering.pdf(letter, language));
    }

    /** The letter as the caller may see it; officers see its dispatches, and its coverage when {@code covered}. */
    private LetterResponse response(Process process, Letter l, boolean covered) {
        List<DispatchResponse> dispatches = letters.dispatches(process, l)
                .map(list -> list.stream().map(DispatchResponse::of).toList()).orElse(null);
        Coverage coverage = covered && dispatches != null ? letters.coverage(process, l) : null;
        LanguageVersions<LetterText> versions = letters.versions(l);
        return new LetterResponse(l.id().toString(), l.reference(), l.date(), l.place(), l.subject(), l.body(),
                l.addressees(), l.attachments().stream().map(Object::toString).toList(),
                l.refersTo().stream().map(Object::toString).toList(), l.signatory(), l.signatoryTitle(),
                l.publicLetter(), l.status(), l.createdAt(), l.sentAt(), dispatches,
                dispatches == null ? null : mailer.configured(), coverage, versions.original(), versions.versions(),
                l.version());
    }
}
