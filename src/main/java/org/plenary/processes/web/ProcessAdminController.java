package org.plenary.processes.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.util.List;
import org.plenary.processes.CreateProcess;
import org.plenary.processes.Process;
import org.plenary.processes.web.ProcessForms.NewProcess;
import org.plenary.roster.Roster;
import org.plenary.shared.ConflictException;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.web.Form;
import org.plenary.shared.web.Notice;
import org.plenary.shared.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators create a process; its home page is where its officers are appointed. */
@PageController
class ProcessAdminController {

    /** The time zones offered, sorted; any zone the operation accepts may be typed. */
    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/")).sorted().toList();

    private final CreateProcess createProcess;
    private final Roster roster;

    ProcessAdminController(CreateProcess createProcess, Roster roster) {
        this.createProcess = createProcess;
        this.roster = roster;
    }

    @GetMapping("/admin/processes")
    String form(Model model) {
        model.addAttribute("treaties", roster.treaties());
        model.addAttribute("zones", ZONES);
        return "admin/newProcess";
    }

    @PostMapping("/admin/processes")
    String create(NewProcess form, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            Process process = createProcess.execute(new CreateProcess.Command(form.code(), form.title(),
                    form.treaty(), form.timeZone(), form.languages(), form.silenceMinimumPeriod()));
            Notice.send(redirect, "process.created", process.title());
            return "redirect:/processes/" + process.code();
        } catch (InvalidInputException | ConflictException e) {
            model.addAttribute("processForm", Form.refused(form, e, response));
            return form(model);
        }
    }
}
