package org.plenary.consultations.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.plenary.consultations.Consultation;
import org.plenary.consultations.ConsultationId;
import org.plenary.consultations.Consultations;
import org.plenary.consultations.NumberedText;
import org.plenary.consultations.Submission;
import org.plenary.consultations.SubmitViews;
import org.plenary.consultations.web.ConsultationForms.ViewsValues;
import org.plenary.processes.Process;
import org.plenary.processes.ProcessId;
import org.plenary.processes.Processes;
import org.plenary.shared.ConflictException;
import org.plenary.shared.ForbiddenException;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.web.Form;
import org.plenary.shared.web.Notice;
import org.plenary.shared.web.PageController;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The views of a delegation on a consultation: every element one under the other with a stance, a proposed text
 * and a comment; missing elements; answers; saved, and changed again until the consultation closes.
 */
@PageController
class ViewsPagesController {

    private final Processes processes;
    private final Consultations consultations;
    private final SubmitViews submit;

    ViewsPagesController(Processes processes, Consultations consultations, SubmitViews submit) {
        this.processes = processes;
        this.consultations = consultations;
        this.submit = submit;
    }

    @GetMapping("/processes/{code}/consultations/{id}/views")
    String form(@PathVariable ProcessId code, @PathVariable String id, Model model) {
        Process process = processes.require(code);
        Consultation c = consultations.require(process, ConsultationId.parse(id));
        Optional<Submission> saved = consultations.mine(process, c.id());
        if (!model.containsAttribute("viewsForm")) {
            model.addAttribute("viewsForm", Form.of(ViewsValues.of(saved.orElse(null))));
        }
        model.addAttribute("views", new ConsultationPages.ViewsForm(process,
                new ConsultationPages.Entry(c, consultations.status(c)), saved,
                processes.participants(process, processes.today(process))));
        return "consultations/views";
    }

    @PostMapping("/processes/{code}/consultations/{id}/views")
    String save(@PathVariable ProcessId code, @PathVariable String id, @RequestParam MultiValueMap<String, String> form,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Process process = processes.require(code);
        Consultation c = consultations.require(process, ConsultationId.parse(id));
        try {
            Submission saved = submit.execute(ConsultationForms.views(code, c.id(),
                    c.elements().stream().map(NumberedText::ref).toList(),
                    c.questions().stream().map(NumberedText::ref).toList(), form));
            Notice.send(redirect, "consultations.views.saved", saved.version());
            return "redirect:" + ConsultationPages.page(process, c) + "/views";
        } catch (InvalidInputException | ConflictException | ForbiddenException e) {
            model.addAttribute("viewsForm", Form.refused(new ViewsValues(form), e, response));
            return form(code, id, model);
        }
    }
}
