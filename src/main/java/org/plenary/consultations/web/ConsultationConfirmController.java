package org.plenary.consultations.web;

import jakarta.servlet.http.HttpServletResponse;
import org.plenary.consultations.CloseConsultation;
import org.plenary.consultations.Consultation;
import org.plenary.consultations.ConsultationId;
import org.plenary.consultations.ConsultationPreview;
import org.plenary.consultations.Consultations;
import org.plenary.consultations.IssueRevision;
import org.plenary.consultations.web.ConsultationForms.Closing;
import org.plenary.consultations.web.ConsultationForms.Extension;
import org.plenary.processes.Process;
import org.plenary.processes.ProcessId;
import org.plenary.processes.Processes;
import org.plenary.roster.ParticipantNames;
import org.plenary.shared.ConflictException;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.web.Form;
import org.plenary.shared.web.Notice;
import org.plenary.shared.web.PageController;
import org.plenary.shared.web.Texts;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages an officer confirms an extension or an early closing on, each showing whom the notice reaches and the
 * e-mail the delegations receive (closing early asks for the reason, which the notice carries), and the issuing of
 * a revision, showing the document it publishes.
 */
@PageController
class ConsultationConfirmController {

    private final Processes processes;
    private final Consultations consultations;
    private final ConsultationPreview preview;
    private final CloseConsultation close;
    private final IssueRevision issue;
    private final ParticipantNames names;
    private final MessageSource messages;

    ConsultationConfirmController(Processes processes, Consultations consultations, ConsultationPreview preview,
            CloseConsultation close, IssueRevision issue, ParticipantNames names, MessageSource messages) {
        this.issue = issue;
        this.processes = processes;
        this.consultations = consultations;
        this.preview = preview;
        this.close = close;
        this.names = names;
        this.messages = messages;
    }

    @GetMapping("/processes/{code}/consultations/{id}/close")
    String closing(@PathVariable ProcessId code, @PathVariable String id, Model model) {
        return closing(processes.require(code), ConsultationId.parse(id), Form.of(new Closing("")), model);
    }

    @PostMapping("/processes/{code}/consultations/{id}/close")
    String close(@PathVariable ProcessId code, @PathVariable String id, Closing form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Process process = processes.require(code);
        try {
            Consultation c = close.execute(code, ConsultationId.parse(id), form.reason());
            Notice.send(redirect, "consultations.closed", c.title());
            return "redirect:" + ConsultationPages.page(process, c);
        } catch (InvalidInputException | ConflictException e) {
            return closing(process, ConsultationId.parse(id), Form.refused(form, e, response), model);
        }
    }

    @GetMapping("/processes/{code}/consultations/{id}/extend")
    String extending(@PathVariable ProcessId code, @PathVariable String id, Extension form, Model model) {
        Process process = processes.require(code);
        Consultation c = consultations.require(process, ConsultationId.parse(id));
        String language = language();
        model.addAttribute("confirmation", new ConsultationPages.Confirmation(process, c,
                preview.extension(process, c, form.closes(process.timeZone()), language).in(names.in(language)),
                form, Form.of(new Closing(""))));
        return "consultations/extend";
    }

    @GetMapping("/processes/{code}/consultations/{id}/revision/issue")
    String issuing(@PathVariable ProcessId code, @PathVariable String id, Model model) {
        Process process = processes.require(code);
        Consultation c = consultations.require(process, ConsultationId.parse(id));
        model.addAttribute("issue", new ConsultationPages.Issue(process, c, issue.plan(code, c.id())));
        return "consultations/issue";
    }

    private String closing(Process process, ConsultationId id, Form<Closing> form, Model model) {
        Consultation c = consultations.require(process, id);
        String language = language();
        String reason = form.values().reason() == null || form.values().reason().isBlank()
                ? Texts.written(messages, language).get("consultations.close.confirm.reasonToCome") : form.values().reason();
        model.addAttribute("confirmation", new ConsultationPages.Confirmation(process, c,
                preview.closing(process, c, reason, language).in(names.in(language)), null, form));
        return "consultations/close";
    }

    private static String language() {
        return LocaleContextHolder.getLocale().getLanguage();
    }
}
