package org.plenary.correspondence.web;

import jakarta.servlet.http.HttpServletResponse;
import org.plenary.correspondence.ChangeDraftLetter;
import org.plenary.correspondence.Letter;
import org.plenary.correspondence.LetterId;
import org.plenary.correspondence.Letters;
import org.plenary.correspondence.web.LetterForms.Choices;
import org.plenary.correspondence.web.LetterForms.NewLetter;
import org.plenary.documents.Document;
import org.plenary.documents.Documents;
import org.plenary.processes.Process;
import org.plenary.processes.ProcessId;
import org.plenary.processes.Processes;
import org.plenary.shared.ConflictException;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.web.Form;
import org.plenary.shared.web.Notice;
import org.plenary.shared.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Editing and deleting a draft letter, on the form it was written with; refused once the letter is sent. */
@PageController
class DraftLetterPagesController {

    private final Processes processes;
    private final Letters letters;
    private final Documents documents;
    private final ChangeDraftLetter change;

    DraftLetterPagesController(Processes processes, Letters letters, Documents documents, ChangeDraftLetter change) {
        this.processes = processes;
        this.letters = letters;
        this.documents = documents;
        this.change = change;
    }

    @GetMapping("/processes/{code}/letters/{id}/edit")
    String form(@PathVariable ProcessId code, @PathVariable String id, Model model) {
        Process process = processes.require(code);
        Letter letter = letters.require(process, LetterId.parse(id));
        if (letter.sent()) {
            throw new ConflictException("The letter " + letter.reference() + " has been sent: it can no longer be edited");
        }
        if (!model.containsAttribute("letterForm")) {
            model.addAttribute("letterForm", Form.of(NewLetter.of(letter)));
        }
        model.addAttribute("choices", new Choices(process,
                documents.visible(process).stream().filter(Document::current).toList(),
                letters.visible(process).stream().filter(l -> !l.id().equals(letter.id())).toList()));
        model.addAttribute("editing", letter);
        return "letters/new";
    }

    @PostMapping("/processes/{code}/letters/{id}/edit")
    String edit(@PathVariable ProcessId code, @PathVariable String id, NewLetter form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Process process = processes.require(code);
        try {
            Letter letter = change.edit(LetterId.parse(id), null, form.command(code));
            Notice.send(redirect, "letters.edited", letter.reference());
            return "redirect:" + LetterPages.page(process, letter);
        } catch (InvalidInputException | ConflictException e) {
            model.addAttribute("letterForm", Form.refused(form, e, response));
            return form(code, id, model);
        }
    }

    @PostMapping("/processes/{code}/letters/{id}/delete")
    String delete(@PathVariable ProcessId code, @PathVariable String id, RedirectAttributes redirect) {
        Process process = processes.require(code);
        Letter letter = letters.require(process, LetterId.parse(id));
        change.delete(code, letter.id());
        Notice.send(redirect, "letters.deleted", letter.reference());
        return "redirect:/processes/" + process.code() + "/letters";
    }
}
