package org.plenary.documents.web;

import jakarta.servlet.http.HttpServletResponse;
import org.plenary.documents.AddLanguageVersion;
import org.plenary.documents.Document;
import org.plenary.documents.DocumentId;
import org.plenary.documents.Documents;
import org.plenary.documents.IssueFollowUp;
import org.plenary.documents.PublishDocument;
import org.plenary.documents.web.DocumentForms.Masthead;
import org.plenary.processes.Process;
import org.plenary.processes.ProcessId;
import org.plenary.processes.Processes;
import org.plenary.shared.Actor;
import org.plenary.shared.ConflictException;
import org.plenary.shared.ForbiddenException;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.UnsupportedContentException;
import org.plenary.shared.web.Form;
import org.plenary.shared.web.Notice;
import org.plenary.shared.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The officers' forms: publish a document, issue a revision, corrigendum, addendum or amendment, add
 * language versions. The forms are multipart and carry their CSRF token in the action's query (see
 * {@code Page.multipartAction}); a refusal shows the form again with its reason and the values entered.
 */
@PageController
class DocumentFormsController {

    private final Processes processes;
    private final Documents documents;
    private final PublishDocument publish;
    private final IssueFollowUp followUp;
    private final AddLanguageVersion addLanguages;

    DocumentFormsController(Processes processes, Documents documents, PublishDocument publish, IssueFollowUp followUp,
            AddLanguageVersion addLanguages) {
        this.processes = processes;
        this.documents = documents;
        this.publish = publish;
        this.followUp = followUp;
        this.addLanguages = addLanguages;
    }

    @GetMapping("/processes/{code}/documents/new")
    String form(@PathVariable ProcessId code, Model model) {
        Process process = officerProcess(code);
        model.addAttribute("process", process);
        if (!model.containsAttribute("publishForm")) {
            model.addAttribute("publishForm", Form.of(Masthead.empty(process)));
        }
        return "documents/publish";
    }

    @PostMapping("/processes/{code}/documents")
    String publish(@PathVariable ProcessId code, Masthead form, MultipartHttpServletRequest request, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            Document d = publish.execute(new PublishDocument.Command(code, form.metadata(),
                    DocumentForms.uploads(request)));
            Notice.send(redirect, "documents.published", label(d));
            return "redirect:" + d.address(processes.require(code).code());
        } catch (InvalidInputException | ConflictException | UnsupportedContentException e) {
            model.addAttribute("publishForm", Form.refused(form, e, response));
            return form(code, model);
        }
    }

    @PostMapping("/processes/{code}/documents/{id}/follow-ups")
    String followUp(@PathVariable ProcessId code, @PathVariable String id, Masthead form,
            MultipartHttpServletRequest request, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            Document d = followUp.execute(new IssueFollowUp.Command(code, DocumentId.parse(id), form.relation(),
                    form.metadata(), DocumentForms.uploads(request)));
            Notice.send(redirect, "documents.followUp.issued", label(d));
            return "redirect:" + d.address(processes.require(code).code());
        } catch (InvalidInputException | ConflictException | UnsupportedContentException e) {
            model.addAttribute("followUpForm", Form.refused(form, e, response));
            return page(code, id, model);
        }
    }

    @PostMapping("/processes/{code}/documents/{id}/languages")
    String addLanguages(@PathVariable ProcessId code, @PathVariable String id, MultipartHttpServletRequest request,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            Document d = addLanguages.execute(new AddLanguageVersion.Command(code, DocumentId.parse(id),
                    DocumentForms.uploads(request)));
            Notice.send(redirect, "documents.languages.added", label(d));
            return "redirect:" + d.address(processes.require(code).code());
        } catch (InvalidInputException | ConflictException | UnsupportedContentException e) {
            model.addAttribute("languagesForm", Form.refused(id, e, response));
            return page(code, id, model);
        }
    }

    private String page(ProcessId code, String id, Model model) {
        Process process = processes.require(code);
        Document document = documents.require(process, DocumentId.parse(id));
        model.addAttribute("document", new DocumentPage(process, true, document,
                DocumentEntries.entryOf(document, documents.visible(process))));
        return "documents/document";
    }

    private Process officerProcess(ProcessId code) {
        Process process = processes.require(code);
        if (processes.roleOf(process.id(), Actor.require()).isEmpty()) {
            throw new ForbiddenException("Only the Presidency and the Secretariat of the process may publish documents");
        }
        return process;
    }

    private static String label(Document d) {
        return d.symbol() == null ? d.title() : d.symbol().value();
    }
}
