package org.plenary.meetings.web;

import jakarta.servlet.http.HttpServletResponse;
import org.plenary.documents.DocumentId;
import org.plenary.documents.Filings;
import org.plenary.documents.Upload;
import org.plenary.meetings.web.MeetingPageForms.FilingForm;
import org.plenary.meetings.web.MeetingPageForms.StatementForm;
import org.plenary.processes.Process;
import org.plenary.processes.ProcessId;
import org.plenary.processes.Processes;
import org.plenary.shared.DomainException;
import org.plenary.shared.ForbiddenException;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.MeetingId;
import org.plenary.shared.web.Form;
import org.plenary.shared.web.Notice;
import org.plenary.shared.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Documents under the agenda items of a meeting, from its page: a delegation submits a written statement on an
 * item (a PDF or Word file); an officer files a document of the process under an item. A refused form comes back
 * on the meeting's page with the reason and what was entered.
 */
@PageController
class StatementPagesController {

    private final Processes processes;
    private final Filings filings;
    private final MeetingViews views;

    StatementPagesController(Processes processes, Filings filings, MeetingViews views) {
        this.processes = processes;
        this.filings = filings;
        this.views = views;
    }

    @PostMapping("/processes/{code}/meetings/{id}/statements")
    String statement(@PathVariable ProcessId code, @PathVariable String id, StatementForm form,
            MultipartHttpServletRequest request, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Process process = processes.require(code);
        MeetingId meeting = MeetingId.parse(id);
        try {
            MultipartFile file = request.getFile("file");
            if (file == null || file.isEmpty()) {
                throw InvalidInputException.of("file", "Choose the file of the statement (PDF or DOCX)");
            }
            filings.submitStatement(process, new Filings.Statement(meeting, form.agendaItem(), form.title(),
                    form.language(), new Upload(form.language(), file.getOriginalFilename(), file.getContentType(),
                            file)));
        } catch (ForbiddenException e) {
            throw e;
        } catch (DomainException e) {
            model.addAttribute("statementForm", Form.refused(form, e, response));
            return views.meeting(process, meeting, null, model);
        }
        Notice.send(redirect, "meetings.statement.submitted", form.agendaItem());
        return "redirect:" + views.link(process, meeting);
    }

    @PostMapping("/processes/{code}/meetings/{id}/documents")
    String file(@PathVariable ProcessId code, @PathVariable String id, FilingForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Process process = processes.require(code);
        MeetingId meeting = MeetingId.parse(id);
        try {
            filings.fileUnder(process, DocumentId.parse(form.document()), meeting, form.agendaItem());
        } catch (ForbiddenException e) {
            throw e;
        } catch (DomainException e) {
            model.addAttribute("filingForm", Form.refused(form, e, response));
            return views.meeting(process, meeting, null, model);
        }
        Notice.send(redirect, "meetings.document.filed", form.agendaItem());
        return "redirect:" + views.link(process, meeting);
    }
}
