package org.plenary.consultations.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.plenary.consultations.Consultation;
import org.plenary.consultations.ConsultationId;
import org.plenary.consultations.ConsultationPreview;
import org.plenary.consultations.ConsultationStatus;
import org.plenary.consultations.ConsultationText;
import org.plenary.consultations.Consultations;
import org.plenary.consultations.ExtendConsultation;
import org.plenary.consultations.OpenConsultation;
import org.plenary.consultations.web.ConsultationForms.Extension;
import org.plenary.consultations.web.ConsultationForms.NewConsultation;
import org.plenary.contacts.NoticeCoverages;
import org.plenary.documents.Document;
import org.plenary.documents.Documents;
import org.plenary.processes.Process;
import org.plenary.processes.ProcessId;
import org.plenary.processes.Processes;
import org.plenary.roster.ParticipantNames;
import org.plenary.shared.Actor;
import org.plenary.shared.ConflictException;
import org.plenary.shared.ForbiddenException;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.LanguageVersions;
import org.plenary.shared.UnsupportedContentException;
import org.plenary.shared.web.Form;
import org.plenary.shared.web.Notice;
import org.plenary.shared.web.PageController;
import org.plenary.shared.web.VersionChoice;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The consultations of a process: the list, the form to open one (confirmed on a page that shows the notice), its
 * page, and extending it once confirmed.
 */
@PageController
class ConsultationPagesController {

    private final Processes processes;
    private final Consultations consultations;
    private final Documents documents;
    private final OpenConsultation open;
    private final ExtendConsultation extend;
    private final ConsultationPreview preview;
    private final ParticipantNames names;
    private final NoticeCoverages coverages;
    private final Clock clock;

    ConsultationPagesController(Processes processes, Consultations consultations, Documents documents,
            OpenConsultation open, ExtendConsultation extend, ConsultationPreview preview, ParticipantNames names,
            NoticeCoverages coverages, Clock clock) {
        this.preview = preview;
        this.names = names;
        this.clock = clock;
        this.coverages = coverages;
        this.processes = processes;
        this.consultations = consultations;
        this.documents = documents;
        this.open = open;
        this.extend = extend;
    }

    @GetMapping("/processes/{code}/consultations")
    String list(@PathVariable ProcessId code, Model model) {
        Process process = processes.require(code);
        Map<UUID, String> titles = consultations.titles(process, LocaleContextHolder.getLocale().getLanguage());
        model.addAttribute("listing", new ConsultationPages.Listing(process, consultations.runs(process),
                consultations.of(process).stream().map(c -> entry(titles.containsKey(c.id().value())
                        ? new ConsultationText(titles.get(c.id().value()), Map.of(), Map.of()).applyTo(c) : c))
                        .toList()));
        return "consultations/list";
    }

    @GetMapping("/processes/{code}/consultations/new")
    String form(@PathVariable ProcessId code, Model model) {
        Process process = processes.require(code);
        if (!consultations.runs(process)) {
            throw new ForbiddenException("Only the Presidency and the Secretariat of the process may run consultations");
        }
        model.addAttribute("choices", new ConsultationPages.Choices(process,
                documents.visible(process).stream().filter(Document::current).toList()));
        if (!model.containsAttribute("consultationForm")) {
            model.addAttribute("consultationForm", Form.of(NewConsultation.empty(processes.today(process))));
        }
        return "consultations/new";
    }

    @PostMapping("/processes/{code}/consultations")
    String create(@PathVariable ProcessId code, NewConsultation form, MultipartHttpServletRequest request, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Process process = processes.require(code);
        try {
            MultipartFile file = request.getFile("elementsFile");
            OpenConsultation.Command command = form.command(code, process.timeZone(), file);
            if (!Boolean.TRUE.equals(form.confirmed())) {
                open.check(command);
                String language = LocaleContextHolder.getLocale().getLanguage();
                model.addAttribute("confirmation", new ConsultationPages.Opening(process,
                        file == null || file.isEmpty() ? form : form.withElements(command.elements()),
                        preview.opening(process, command.title(), command.opens(), command.closes(), language)
                                .in(names.in(language)), command.opens(), command.closes(), clock.instant()));
                return "consultations/open";
            }
            Consultation c = open.execute(command);
            Notice.send(redirect, "consultations.opened", c.title());
            return "redirect:" + ConsultationPages.page(process, c);
        } catch (InvalidInputException | ConflictException | UnsupportedContentException e) {
            model.addAttribute("consultationForm", Form.refused(form, e, response));
            return form(code, model);
        }
    }

    @GetMapping("/processes/{code}/consultations/{id}")
    String show(@PathVariable ProcessId code, @PathVariable String id, @RequestParam(required = false) String version,
            Model model) {
        Process process = processes.require(code);
        Consultation c = consultations.require(process, ConsultationId.parse(id));
        boolean delegate = Actor.require().delegate();
        LanguageVersions<ConsultationText> versions = consultations.versions(c);
        VersionChoice choice = VersionChoice.of(versions, version);
        boolean officer = consultations.runs(process);
        boolean opened = consultations.status(c) != ConsultationStatus.SCHEDULED;
        model.addAttribute("consultation", new ConsultationPages.One(process,
                entry(versions.in(choice.shown()).applyTo(c)), officer,
                delegate, delegate ? consultations.mine(process, c.id()) : Optional.empty(),
                Optional.ofNullable(c.document()).flatMap(d -> documents.visible(process).stream()
                        .filter(visible -> visible.id().equals(d)).findFirst()), consultations.closingReason(c),
                officer ? coverages.last(c.id().value()) : Optional.empty(), choice,
                !officer ? List.of() : process.languages().stream().filter(l -> !l.equals(versions.original()))
                        .filter(l -> !opened || !versions.has(l)).toList()));
        return "consultations/show";
    }

    @PostMapping("/processes/{code}/consultations/{id}/extend")
    String extend(@PathVariable ProcessId code, @PathVariable String id, Extension form, RedirectAttributes redirect) {
        Process process = processes.require(code);
        Consultation c = extend.execute(code, ConsultationId.parse(id), form.closes(process.timeZone()));
        Notice.send(redirect, "consultations.extended", c.title());
        return "redirect:" + ConsultationPages.page(process, c);
    }

    private ConsultationPages.Entry entry(Consultation c) {
        return new ConsultationPages.Entry(c, consultations.status(c));
    }
}
