package org.plenary.silence.web;

import org.plenary.processes.Process;
import org.plenary.processes.ProcessId;
import org.plenary.processes.Processes;
import org.plenary.roster.ParticipantNames;
import org.plenary.shared.web.PageController;
import org.plenary.silence.CirculationPreview;
import org.plenary.silence.SilenceProcedureId;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The page an officer confirms a circulation on: whom the procedure reaches and whom it does not, the e-mail the
 * delegations receive, and that it cannot be undone; the circulation itself is the form's post.
 */
@PageController
class CirculationConfirmController {

    private final Processes processes;
    private final CirculationPreview preview;
    private final ParticipantNames names;

    CirculationConfirmController(Processes processes, CirculationPreview preview, ParticipantNames names) {
        this.processes = processes;
        this.preview = preview;
        this.names = names;
    }

    @GetMapping("/processes/{code}/silence/{id}/circulate")
    String confirm(@PathVariable ProcessId code, @PathVariable String id, Model model) {
        Process process = processes.require(code);
        String language = LocaleContextHolder.getLocale().getLanguage();
        CirculationPreview.Preview p = preview.of(process, SilenceProcedureId.parse(id), language);
        model.addAttribute("process", process);
        model.addAttribute("preview", new CirculationPreview.Preview(p.procedure(),
                p.coverage().in(names.in(language)), p.mayObject(), p.mail()));
        return "silence/circulate";
    }
}
