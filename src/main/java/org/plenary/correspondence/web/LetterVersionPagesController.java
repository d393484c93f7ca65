package org.plenary.correspondence.web;

import jakarta.servlet.http.HttpServletResponse;
import org.plenary.correspondence.Letter;
import org.plenary.correspondence.LetterId;
import org.plenary.correspondence.LetterText;
import org.plenary.correspondence.Letters;
import org.plenary.correspondence.WriteLetterVersion;
import org.plenary.processes.Process;
import org.plenary.processes.Processes;
import org.plenary.shared.Actor;
import org.plenary.shared.ContentLanguages;
import org.plenary.shared.DomainException;
import org.plenary.shared.NotFoundException;
import org.plenary.shared.web.Form;
import org.plenary.shared.web.Notice;
import org.plenary.shared.web.PageController;
import org.plenary.shared.web.VersionForm;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The officers' form of a letter's version in another language of the process. */
@PageController
class LetterVersionPagesController {

    private static final String PATH = "/processes/{code}/letters/{id}/versions/{lang}";

    private final Processes processes;
    private final Letters letters;
    private final WriteLetterVersion write;

    LetterVersionPagesController(Processes processes, Letters letters, WriteLetterVersion write) {
        this.processes = processes;
        this.letters = letters;
        this.write = write;
    }

    @GetMapping(PATH)
    String form(@PathVariable String code, @PathVariable String id, @PathVariable String lang, Model model) {
        Process process = processes.require(code);
        Letter letter = officersLetter(process, id);
        String language = ContentLanguages.require(lang, process.languages());
        LetterText existing = letters.versions(letter).versions().get(language);
        return view(process, letter, language, Form.of(existing == null ? new VersionForm.Values("", "")
                : new VersionForm.Values(existing.subject(), existing.body())), model);
    }

    @PostMapping(PATH)
    String save(@PathVariable String code, @PathVariable String id, @PathVariable String lang,
            VersionForm.Values form, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Process process = processes.require(code);
        Letter letter = officersLetter(process, id);
        try {
            write.execute(new WriteLetterVersion.Command(code, letter.id(), lang, form.subject(), form.text()));
            Notice.send(redirect, "versions.saved", lang);
            return "redirect:" + LetterPages.page(process, letter) + "?version=" + lang;
        } catch (DomainException e) {
            return view(process, letter, lang, Form.refused(form, e, response), model);
        }
    }

    private Letter officersLetter(Process process, String id) {
        if (processes.roleOf(process.id(), Actor.require()).isEmpty()) {
            throw new NotFoundException("Letter", id);
        }
        return letters.require(process, LetterId.parse(id));
    }

    private String view(Process process, Letter letter, String language, Form<VersionForm.Values> form, Model model) {
        model.addAttribute("version", new VersionForm(letter.reference() + " · " + letter.subject(),
                LetterPages.page(process, letter), language, "versions.body", form));
        return "versions/form";
    }
}
