package org.plenary.consultations.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.plenary.consultations.Compilation;
import org.plenary.consultations.CompileConsultation;
import org.plenary.consultations.Consultation;
import org.plenary.consultations.ConsultationId;
import org.plenary.consultations.Consultations;
import org.plenary.consultations.DraftRevision;
import org.plenary.consultations.IssueRevision;
import org.plenary.consultations.Revision;
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
 * The Presidency drafts the revised text from the compilation: per element the base text, a proposed text, its own
 * or none, with the views that motivated it; added elements; then issues it as the document's next revision.
 */
@PageController
class RevisionPagesController {

    private final Processes processes;
    private final Consultations consultations;
    private final CompileConsultation compile;
    private final DraftRevision draft;
    private final IssueRevision issue;

    RevisionPagesController(Processes processes, Consultations consultations, CompileConsultation compile,
            DraftRevision draft, IssueRevision issue) {
        this.processes = processes;
        this.consultations = consultations;
        this.compile = compile;
        this.draft = draft;
        this.issue = issue;
    }

    @GetMapping("/processes/{code}/consultations/{id}/revision")
    String form(@PathVariable ProcessId code, @PathVariable String id, Model model) {
        Process process = processes.require(code);
        Consultation c = consultations.require(process, ConsultationId.parse(id));
        Optional<Revision> revision = consultations.revision(process, c.id());
        Compilation compilation = compile.execute(code, c.id(), Compilation.Filter.NONE);
        if (!model.containsAttribute("revisionForm")) {
            model.addAttribute("revisionForm", Form.of(RevisionForms.Values.of(revision)));
        }
        model.addAttribute("revision", new RevisionForms.RevisionPage(process, compilation, revision));
        return "consultations/revision";
    }

    @PostMapping("/processes/{code}/consultations/{id}/revision")
    String save(@PathVariable ProcessId code, @PathVariable String id, @RequestParam MultiValueMap<String, String> form,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Process process = processes.require(code);
        Consultation c = consultations.require(process, ConsultationId.parse(id));
        try {
            draft.execute(RevisionForms.command(code, c.id(), c.elements(), form));
            Notice.send(redirect, "consultations.revision.saved");
            return "redirect:" + ConsultationPages.page(process, c) + "/revision";
        } catch (InvalidInputException | ConflictException | ForbiddenException e) {
            model.addAttribute("revisionForm", Form.refused(new RevisionForms.Values(form), e, response));
            return form(code, id, model);
        }
    }

    @PostMapping("/processes/{code}/consultations/{id}/revision/issue")
    String issue(@PathVariable ProcessId code, @PathVariable String id, RedirectAttributes redirect) {
        Process process = processes.require(code);
        Revision revision = issue.execute(code, ConsultationId.parse(id));
        Notice.send(redirect, "consultations.revision.issued");
        return "redirect:/processes/" + process.code() + "/documents/" + revision.document();
    }
}
