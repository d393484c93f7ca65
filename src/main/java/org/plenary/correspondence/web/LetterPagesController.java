package org.plenary.correspondence.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import org.plenary.correspondence.Dispatch;
import org.plenary.correspondence.DispatchUnreached;
import org.plenary.correspondence.DraftLetter;
import org.plenary.correspondence.Letter;
import org.plenary.correspondence.LetterId;
import org.plenary.correspondence.Letters;
import org.plenary.correspondence.ResendDispatches;
import org.plenary.correspondence.SendLetter;
import org.plenary.correspondence.web.LetterForms.Choices;
import org.plenary.correspondence.web.LetterForms.NewLetter;
import org.plenary.documents.Document;
import org.plenary.documents.Documents;
import org.plenary.notifications.Mailer;
import org.plenary.processes.OfficerRole;
import org.plenary.processes.Process;
import org.plenary.processes.ProcessId;
import org.plenary.processes.Processes;
import org.plenary.roster.ParticipantNames;
import org.plenary.shared.Actor;
import org.plenary.shared.ConflictException;
import org.plenary.shared.DomainException;
import org.plenary.shared.ForbiddenException;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.web.Form;
import org.plenary.shared.web.Notice;
import org.plenary.shared.web.VersionChoice;
import org.plenary.shared.web.LocalTitles;
import org.plenary.shared.web.PageController;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The letters of a process: the list, the form to write one, the page of a letter with its preview, and its
 * sending, confirmed first, followed by the dispatch record (refreshed while e-mails are queued).
 */
@PageController
class LetterPagesController {

    /** htmx stops polling when a response has this status: the dispatch is complete. */
    static final int STOP_POLLING = 286;

    private final Processes processes;
    private final Letters letters;
    private final Documents documents;
    private final DraftLetter draft;
    private final SendLetter send;
    private final ResendDispatches resend;
    private final DispatchUnreached dispatchUnreached;
    private final Mailer mailer;
    private final ParticipantNames names;

    LetterPagesController(Processes processes, Letters letters, Documents documents, DraftLetter draft,
            SendLetter send, ResendDispatches resend, DispatchUnreached dispatchUnreached, Mailer mailer,
            ParticipantNames names) {
        this.names = names;
        this.processes = processes;
        this.letters = letters;
        this.documents = documents;
        this.draft = draft;
        this.send = send;
        this.resend = resend;
        this.dispatchUnreached = dispatchUnreached;
        this.mailer = mailer;
    }

    @GetMapping("/processes/{code}/letters")
    String list(@PathVariable ProcessId code, Model model) {
        Process process = processes.require(code);
        model.addAttribute("letters", new LetterPages.Listing(process, role(process).isPresent(),
                letters.visible(process)));
        model.addAttribute("local", new LocalTitles(letters.subjects(process,
                LocaleContextHolder.getLocale().getLanguage())));
        return "letters/list";
    }

    @GetMapping("/processes/{code}/letters/new")
    String form(@PathVariable ProcessId code, Model model) {
        Process process = processes.require(code);
        if (role(process).isEmpty()) {
            throw new ForbiddenException("Only the Presidency and the Secretariat of the process may write letters");
        }
        model.addAttribute("choices", new Choices(process,
                documents.visible(process).stream().filter(Document::current).toList(), letters.visible(process)));
        if (!model.containsAttribute("letterForm")) {
            model.addAttribute("letterForm", Form.of(NewLetter.empty(processes.today(process))));
        }
        return "letters/new";
    }

    @PostMapping("/processes/{code}/letters")
    String create(@PathVariable ProcessId code, NewLetter form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Process process = processes.require(code);
        try {
            Letter letter = draft.execute(form.command(code));
            Notice.send(redirect, "letters.drafted", letter.reference());
            return "redirect:" + LetterPages.page(process, letter);
        } catch (InvalidInputException | ConflictException e) {
            model.addAttribute("letterForm", Form.refused(form, e, response));
            return form(code, model);
        }
    }

    @GetMapping("/processes/{code}/letters/{id}")
    String letter(@PathVariable ProcessId code, @PathVariable String id,
            @RequestParam(required = false) String version, Model model) {
        model.addAttribute("letter", one(code, id, version));
        if (!model.containsAttribute("resendForm")) {
            model.addAttribute("resendForm", Form.of(""));
        }
        return "letters/show";
    }

    /** The dispatch record alone, for the page to refresh it; once nothing is queued, polling stops. */
    @GetMapping("/processes/{code}/letters/{id}/dispatches")
    String dispatches(@PathVariable ProcessId code, @PathVariable String id, Model model,
            HttpServletResponse response) {
        LetterPages.One one = one(code, id, null);
        if (one.dispatches().isEmpty()) {
            throw new ForbiddenException("Only the officers of the process see the dispatch record");
        }
        if (!one.dispatching()) {
            response.setStatus(STOP_POLLING);
        }
        model.addAttribute("letter", one);
        return "letters/dispatches";
    }

    @GetMapping("/processes/{code}/letters/{id}/send")
    String confirm(@PathVariable ProcessId code, @PathVariable String id, Model model) {
        Process process = processes.require(code);
        presidency(process);
        Letter letter = letters.require(process, LetterId.parse(id));
        if (letter.sent()) {
            throw new ConflictException("The letter " + letter.reference() + " has already been sent");
        }
        model.addAttribute("confirmation", new LetterPages.Confirmation(process, letter,
                letters.coverage(process, letter), processes.today(process)));
        return "letters/send";
    }

    @PostMapping("/processes/{code}/letters/{id}/send")
    String send(@PathVariable ProcessId code, @PathVariable String id, RedirectAttributes redirect) {
        Process process = processes.require(code);
        SendLetter.Result result = send.execute(code, LetterId.parse(id));
        Notice.send(redirect, "letters.sent", result.letter().reference(), result.participants(), result.dispatches());
        return "redirect:" + LetterPages.page(process, result.letter());
    }

    @PostMapping("/processes/{code}/letters/{id}/dispatches/{dispatchId}/resend")
    String resend(@PathVariable ProcessId code, @PathVariable String id, @PathVariable String dispatchId, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Process process = processes.require(code);
        Letter letter = letters.require(process, LetterId.parse(id));
        try {
            Notice.send(redirect, "letters.dispatch.resent", resend.one(code, letter.id(), dispatchId).email());
        } catch (ForbiddenException e) {
            throw e;
        } catch (DomainException e) {
            model.addAttribute("resendForm", Form.refused(dispatchId, e, response));
            return letter(code, id, null, model);
        }
        return "redirect:" + LetterPages.page(process, letter) + "#dispatch-title";
    }

    @PostMapping("/processes/{code}/letters/{id}/dispatches/resend-failed")
    String resendFailed(@PathVariable ProcessId code, @PathVariable String id, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Process process = processes.require(code);
        Letter letter = letters.require(process, LetterId.parse(id));
        try {
            Notice.send(redirect, "letters.dispatch.resentAll", resend.allFailed(code, letter.id()).size());
        } catch (ForbiddenException e) {
            throw e;
        } catch (DomainException e) {
            model.addAttribute("resendForm", Form.refused("", e, response));
            return letter(code, id, null, model);
        }
        return "redirect:" + LetterPages.page(process, letter) + "#dispatch-title";
    }

    @PostMapping("/processes/{code}/letters/{id}/dispatch-unreached")
    String dispatchUnreached(@PathVariable ProcessId code, @PathVariable String id, RedirectAttributes redirect) {
        Process process = processes.require(code);
        Letter letter = letters.require(process, LetterId.parse(id));
        Notice.send(redirect, "letters.unreached.sent", dispatchUnreached.execute(code, letter.id()));
        return "redirect:" + LetterPages.page(process, letter) + "#dispatch-title";
    }

    private LetterPages.One one(ProcessId code, String id, String version) {
        Process process = processes.require(code);
        Letter letter = letters.require(process, LetterId.parse(id));
        Optional<List<Dispatch>> dispatches = letters.dispatches(process, letter);
        return new LetterPages.One(process, role(process), letter, documents.references(letter.attachments()),
                letter.refersTo().stream().map(l -> letters.find(process, l)).flatMap(Optional::stream).toList(),
                dispatches, dispatches.map(d -> letters.coverage(process, letter)
                        .in(names.in(LocaleContextHolder.getLocale().getLanguage()))), mailer.configured(),
                letters.versions(letter), VersionChoice.of(letters.versions(letter), version));
    }

    private void presidency(Process process) {
        if (role(process).filter(r -> r == OfficerRole.PRESIDENCY).isEmpty()) {
            throw new ForbiddenException("Only the Presidency may send letters")
                    .withKey("refusal.correspondence.onlyPresidencySends");
        }
    }

    private Optional<OfficerRole> role(Process process) {
        return processes.roleOf(process.id(), Actor.require());
    }
}
