package org.plenary.silence.web;

import jakarta.servlet.http.HttpServletResponse;
import org.plenary.processes.Process;
import org.plenary.processes.Processes;
import org.plenary.shared.ContentLanguages;
import org.plenary.shared.DomainException;
import org.plenary.shared.NotFoundException;
import org.plenary.shared.web.Form;
import org.plenary.shared.web.Notice;
import org.plenary.shared.web.PageController;
import org.plenary.shared.web.VersionForm;
import org.plenary.silence.ProcedureText;
import org.plenary.silence.SilenceProcedure;
import org.plenary.silence.SilenceProcedureId;
import org.plenary.silence.SilenceProcedures;
import org.plenary.silence.WriteProcedureVersion;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The officers' form of a procedure's version in another language of the process. */
@PageController
class ProcedureVersionPagesController {

    private static final String PATH = "/processes/{code}/silence-procedures/{id}/versions/{lang}";

    private final Processes processes;
    private final SilenceProcedures procedures;
    private final WriteProcedureVersion write;

    ProcedureVersionPagesController(Processes processes, SilenceProcedures procedures, WriteProcedureVersion write) {
        this.processes = processes;
        this.procedures = procedures;
        this.write = write;
    }

    @GetMapping(PATH)
    String form(@PathVariable String code, @PathVariable String id, @PathVariable String lang, Model model) {
        Process process = processes.require(code);
        SilenceProcedure p = officersProcedure(process, id);
        String language = ContentLanguages.require(lang, process.languages());
        ProcedureText existing = procedures.view(process, p.id()).versions().versions().get(language);
        return view(process, p, language, Form.of(existing == null ? new VersionForm.Values("", "")
                : new VersionForm.Values(existing.subject(), existing.proposal())), model);
    }

    @PostMapping(PATH)
    String save(@PathVariable String code, @PathVariable String id, @PathVariable String lang,
            VersionForm.Values form, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Process process = processes.require(code);
        SilenceProcedure p = officersProcedure(process, id);
        try {
            write.execute(new WriteProcedureVersion.Command(code, p.id(), lang, form.subject(), form.text()));
            Notice.send(redirect, "versions.saved", lang);
            return "redirect:" + SilencePages.page(process, p) + "?version=" + lang;
        } catch (DomainException e) {
            return view(process, p, lang, Form.refused(form, e, response), model);
        }
    }

    private SilenceProcedure officersProcedure(Process process, String id) {
        if (!procedures.officer(process)) {
            throw new NotFoundException("Silence procedure", id);
        }
        return procedures.require(process, SilenceProcedureId.parse(id));
    }

    private String view(Process process, SilenceProcedure p, String language, Form<VersionForm.Values> form,
            Model model) {
        model.addAttribute("version", new VersionForm(p.reference() + " · " + p.subject(),
                SilencePages.page(process, p), language, "versions.proposal", form));
        return "versions/form";
    }
}
