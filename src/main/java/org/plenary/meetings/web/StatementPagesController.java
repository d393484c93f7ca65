package org.plenary.meetings.web;

import java.util.List;
import org.plenary.documents.Distribution;
import org.plenary.documents.DocumentId;
import org.plenary.documents.LinkToAgendaItem;
import org.plenary.documents.SubmitStatement;
import org.plenary.documents.Upload;
import org.plenary.meetings.MeetingId;
import org.plenary.processes.Process;
import org.plenary.processes.Processes;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.web.Notice;
import org.plenary.shared.web.PageController;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Documents under the agenda items of a meeting, from its page: a delegation submits a written statement on an
 * item (a PDF or Word file); an officer files a document of the process under an item.
 */
@PageController
class StatementPagesController {

    private final Processes processes;
    private final SubmitStatement submit;
    private final LinkToAgendaItem link;

    StatementPagesController(Processes processes, SubmitStatement submit, LinkToAgendaItem link) {
        this.processes = processes;
        this.submit = submit;
        this.link = link;
    }

    @PostMapping("/processes/{code}/meetings/{id}/statements")
    String statement(@PathVariable String code, @PathVariable String id, @RequestParam String agendaItem,
            @RequestParam String title, @RequestParam String language, MultipartHttpServletRequest request,
            RedirectAttributes redirect) {
        Process process = processes.require(code);
        MeetingId meeting = MeetingId.parse(id);
        MultipartFile file = request.getFile("file");
        if (file == null || file.isEmpty()) {
            throw InvalidInputException.of("file", "Choose the file of the statement (PDF or DOCX)");
        }
        submit.execute(new SubmitStatement.Command(code, meeting.value(), agendaItem, title, language,
                Distribution.GENERAL, null, List.of(new Upload(language, file.getOriginalFilename(),
                        file.getContentType(), file))));
        Notice.send(redirect, "meetings.statement.submitted", agendaItem);
        return "redirect:/processes/" + process.code() + "/meetings/" + meeting;
    }

    @PostMapping("/processes/{code}/meetings/{id}/documents")
    String file(@PathVariable String code, @PathVariable String id, @RequestParam String document,
            @RequestParam String agendaItem, RedirectAttributes redirect) {
        Process process = processes.require(code);
        MeetingId meeting = MeetingId.parse(id);
        link.execute(new LinkToAgendaItem.Command(code, DocumentId.parse(document), meeting.value(), agendaItem));
        Notice.send(redirect, "meetings.document.filed", agendaItem);
        return "redirect:/processes/" + process.code() + "/meetings/" + meeting;
    }
}
