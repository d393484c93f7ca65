package org.plenary.silence.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.plenary.documents.Document;
import org.plenary.documents.DocumentId;
import org.plenary.documents.Documents;
import org.plenary.processes.Process;
import org.plenary.processes.ProcessId;
import org.plenary.processes.Processes;
import org.plenary.shared.Actor;
import org.plenary.shared.ConflictException;
import org.plenary.shared.DomainException;
import org.plenary.shared.ForbiddenException;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.web.Form;
import org.plenary.shared.web.LocalTitles;
import org.plenary.shared.web.Notice;
import org.plenary.shared.web.PageController;
import org.plenary.shared.web.VersionChoice;
import org.plenary.silence.CirculateProcedure;
import org.plenary.silence.DraftProcedure;
import org.plenary.silence.EditProcedure;
import org.plenary.silence.LettersToAnnounce;
import org.plenary.silence.LiveProcedures;
import org.plenary.silence.MeetingsToMove;
import org.plenary.silence.ProcedureStatus;
import org.plenary.silence.ProcedureView;
import org.plenary.silence.ProposeAmendment;
import org.plenary.silence.Receipt;
import org.plenary.silence.RecordComment;
import org.plenary.silence.RecordObjection;
import org.plenary.silence.SilenceProcedure;
import org.plenary.silence.SilenceProcedureId;
import org.plenary.silence.SilenceProcedures;
import org.plenary.silence.SilenceSettings;
import org.plenary.silence.SymbolPatterns;
import org.plenary.silence.WithdrawProcedure;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The silence procedures of a process: the list and the drafting form for officers (and the editing of a draft,
 * documents of the process attached), the page of a procedure with the attached documents the reader may read
 * (live countdown and answers), circulation and withdrawal, and the delegates' objection (confirmed first:
 * it breaks silence), amendment and comment, each acknowledged with its receipt.
 */
@PageController
class SilencePagesController {

    private final Processes processes;
    private final SilenceSettings settings;
    private final SilenceProcedures procedures;
    private final MeetingsToMove meetings;
    private final Documents documents;
    private final LettersToAnnounce letters;
    private final DraftProcedure draft;
    private final EditProcedure edit;
    private final CirculateProcedure circulate;
    private final WithdrawProcedure withdraw;
    private final RecordObjection object;
    private final ProposeAmendment amend;
    private final RecordComment comment;
    private final LiveProcedures live;
    private final SilenceLiveFormats formats;
    private final SymbolPatterns symbols;
    private final Clock clock;

    SilencePagesController(Processes processes, SilenceProcedures procedures, MeetingsToMove meetings, Documents documents,
            LettersToAnnounce letters, DraftProcedure draft, EditProcedure edit, CirculateProcedure circulate, WithdrawProcedure withdraw, RecordObjection object, ProposeAmendment amend,
            RecordComment comment, LiveProcedures live, SilenceLiveFormats formats, SilenceSettings settings,
            SymbolPatterns symbols, Clock clock) {
        this.settings = settings;
        this.symbols = symbols;
        this.processes = processes;
        this.procedures = procedures;
        this.meetings = meetings;
        this.documents = documents;
        this.letters = letters;
        this.draft = draft;
        this.edit = edit;
        this.circulate = circulate;
        this.withdraw = withdraw;
        this.object = object;
        this.amend = amend;
        this.comment = comment;
        this.live = live;
        this.formats = formats;
        this.clock = clock;
    }

    @GetMapping("/processes/{code}/silence-procedures")
    String list(@PathVariable ProcessId code, Model model) {
        return list(processes.require(code), Form.of(SilenceForms.NewProcedure.empty()), model);
    }

    @PostMapping("/processes/{code}/silence-procedures")
    String create(@PathVariable ProcessId code, SilenceForms.NewProcedure form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Process process = processes.require(code);
        if (form.changesDrafts()) {
            return list(process, Form.of(form.changed(symbols.next(process.id(), form.draftList().stream()
                    .map(SilenceForms.DraftForm::symbol).toList()).orElse(null))), model);
        }
        try {
            SilenceProcedure p = draft.execute(form.command(code, process.timeZone()));
            Notice.send(redirect, "silence.drafted", p.reference());
            return "redirect:" + SilencePages.page(process, p);
        } catch (InvalidInputException | ConflictException e) {
            return list(process, Form.refused(form, e, response), model);
        }
    }

    @GetMapping("/processes/{code}/silence/{id}")
    String procedure(@PathVariable ProcessId code, @PathVariable String id,
            @RequestParam(required = false) String version, Model model) {
        return procedure(processes.require(code), SilenceProcedureId.parse(id), Form.of(SilenceForms.Answer.empty()),
                version, model);
    }

    @GetMapping("/processes/{code}/silence/{id}/edit")
    String editing(@PathVariable ProcessId code, @PathVariable String id, Model model) {
        Process process = processes.require(code);
        SilenceProcedure p = procedures.require(process, SilenceProcedureId.parse(id));
        return editing(process, p, Form.of(SilenceForms.NewProcedure.of(p, process.timeZone())), model);
    }

    @PostMapping("/processes/{code}/silence/{id}/edit")
    String edit(@PathVariable ProcessId code, @PathVariable String id, SilenceForms.NewProcedure form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Process process = processes.require(code);
        SilenceProcedureId procedure = SilenceProcedureId.parse(id);
        try {
            SilenceProcedure p = edit.execute(procedure, null, form.command(code, process.timeZone()));
            Notice.send(redirect, "silence.edited", p.reference());
            return "redirect:" + SilencePages.page(process, p);
        } catch (InvalidInputException e) {
            return editing(process, procedures.require(process, procedure), Form.refused(form, e, response), model);
        }
    }

    @PostMapping("/processes/{code}/silence/{id}/circulate")
    String circulate(@PathVariable ProcessId code, @PathVariable String id, RedirectAttributes redirect) {
        Process process = processes.require(code);
        SilenceProcedure p = circulate.execute(code, SilenceProcedureId.parse(id));
        Notice.send(redirect, "silence.circulated", p.reference());
        return "redirect:" + SilencePages.page(process, p);
    }

    @PostMapping("/processes/{code}/silence/{id}/withdraw")
    String withdraw(@PathVariable ProcessId code, @PathVariable String id, SilenceForms.Answer form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Process process = processes.require(code);
        SilenceProcedureId procedure = SilenceProcedureId.parse(id);
        try {
            SilenceProcedure p = withdraw.execute(code, procedure, form.reason());
            Notice.send(redirect, "silence.withdrawn", p.reference());
            return "redirect:" + SilencePages.page(process, p);
        } catch (InvalidInputException e) {
            model.addAttribute("answering", "withdrawal");
            return procedure(process, procedure, Form.refused(form, e, response), null, model);
        }
    }

    @PostMapping("/processes/{code}/silence/{id}/objections")
    String object(@PathVariable ProcessId code, @PathVariable String id, SilenceForms.Answer form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Process process = processes.require(code);
        SilenceProcedureId procedure = SilenceProcedureId.parse(id);
        if (!Boolean.TRUE.equals(form.confirmed())) {
            model.addAttribute("confirmation", new SilencePages.Confirmation(procedures.view(process, procedure), form));
            return "silence/confirm";
        }
        return answered(process, procedure, form, "objection", model, response, redirect,
                () -> object.execute(code, procedure, form.text(), form.drafts(), form.key()));
    }

    @PostMapping("/processes/{code}/silence/{id}/amendments")
    String amend(@PathVariable ProcessId code, @PathVariable String id, SilenceForms.Answer form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        SilenceProcedureId procedure = SilenceProcedureId.parse(id);
        return answered(processes.require(code), procedure, form, "amendment", model, response, redirect,
                () -> amend.execute(code, procedure, form.text(), form.reason(), form.drafts(),
                        form.key()));
    }

    @PostMapping("/processes/{code}/silence/{id}/comments")
    String comment(@PathVariable ProcessId code, @PathVariable String id, SilenceForms.Answer form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        SilenceProcedureId procedure = SilenceProcedureId.parse(id);
        return answered(processes.require(code), procedure, form, "comment", model, response, redirect,
                () -> comment.execute(code, procedure, form.text(), form.drafts(), form.key()));
    }

    @GetMapping(path = "/processes/{code}/silence/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    SseEmitter events(@PathVariable ProcessId code, @PathVariable String id, Locale locale) throws IOException {
        Process process = processes.require(code);
        ProcedureView view = procedures.view(process, SilenceProcedureId.parse(id));
        return live.watch(view, formats.html(locale, procedures.officer(process)));
    }

    private interface Answering {
        Receipt send();
    }

    /** Sends an answer; when refused, the page comes back with the text as typed in the form it was typed in. */
    private String answered(Process process, SilenceProcedureId procedure, SilenceForms.Answer form, String kind,
            Model model, HttpServletResponse response, RedirectAttributes redirect, Answering answering) {
        try {
            Receipt receipt = answering.send();
            Notice.send(redirect, "silence.received", receipt.response().receivedAt(),
                    receipt.response().reference(), receipt.response().auditEntry());
            return "redirect:" + SilencePages.page(process, procedures.require(process, procedure));
        } catch (InvalidInputException | ConflictException | ForbiddenException e) {
            model.addAttribute("answering", kind);
            return procedure(process, procedure, Form.refused(form, (DomainException) e, response), null, model);
        }
    }

    private String list(Process process, Form<SilenceForms.NewProcedure> form, Model model) {
        boolean officer = procedures.officer(process);
        model.addAttribute("listing", new SilencePages.Listing(process, officer, procedures.visible(process),
                officer ? choices(process) : SilencePages.Choices.none(), form));
        model.addAttribute("local", new LocalTitles(procedures.subjects(process,
                LocaleContextHolder.getLocale().getLanguage())));
        return "silence/list";
    }

    private String editing(Process process, SilenceProcedure p, Form<SilenceForms.NewProcedure> form, Model model) {
        if (!procedures.officer(process)) {
            throw new ForbiddenException("Only the Presidency and the Secretariat of the process may edit a draft");
        }
        if (p.status() != ProcedureStatus.DRAFT) {
            throw new ConflictException("The silence procedure " + p.reference() + " is " + p.status()
                    + ": only a DRAFT can be edited");
        }
        model.addAttribute("editing", new SilencePages.Editing(process, p, choices(process), form));
        return "silence/edit";
    }

    private SilencePages.Choices choices(Process process) {
        return new SilencePages.Choices(meetings.of(process), documents.visible(process), letters.visible(process),
                procedures.visible(process).stream().filter(p -> p.status() == ProcedureStatus.BROKEN).toList());
    }

    private String procedure(Process process, SilenceProcedureId id, Form<SilenceForms.Answer> answer, String version,
            Model model) {
        ProcedureView view = procedures.view(process, id);
        Optional<Actor> actor = Actor.current();
        boolean delegate = actor.map(Actor::delegate).orElse(false);
        boolean eligible = delegate && view.eligible().stream()
                .anyMatch(e -> e.participantId().equals(actor.get().participantId()));
        SilenceProcedure p = view.procedure();
        Instant now = clock.instant();
        boolean receivable = (p.status() == ProcedureStatus.OPEN || p.status() == ProcedureStatus.BROKEN)
                && !p.pastDeadline(now);
        Map<DocumentId, Document> readable = documents.visible(process).stream()
                .collect(Collectors.toMap(Document::id, d -> d));
        List<Document> attached = p.documents().stream().filter(readable::containsKey).map(readable::get).toList();
        model.addAttribute("one", new SilencePages.One(view, procedures.officer(process), actor.isPresent(), delegate,
                eligible, receivable, answer, now, attached, VersionChoice.of(view.versions(), version),
                procedures.circulation(process, p), settings.objectionsPublication(process.id())));
        return "silence/procedure";
    }
}
