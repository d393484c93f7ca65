package org.plenary.processes.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plenary.audit.LatestTreeHead;
import org.plenary.identity.Account;
import org.plenary.identity.Accounts;
import org.plenary.processes.AppointOfficer;
import org.plenary.processes.HomeSection;
import org.plenary.processes.Officer;
import org.plenary.processes.Process;
import org.plenary.processes.ProcessId;
import org.plenary.processes.Processes;
import org.plenary.processes.web.ProcessForms.NewOfficer;
import org.plenary.roster.ParticipantId;
import org.plenary.roster.Roster;
import org.plenary.roster.Standing;
import org.plenary.shared.Actor;
import org.plenary.shared.ConflictException;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.web.Form;
import org.plenary.shared.web.Notice;
import org.plenary.shared.web.PageController;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The list of processes and the home page of each; administrators appoint its officers there. */
@PageController
class ProcessPagesController {

    private final Processes processes;
    private final Roster roster;
    private final Accounts accounts;
    private final AppointOfficer appointOfficer;
    private final ObjectProvider<HomeSection> sections;
    private final LatestTreeHead treeHeads;

    ProcessPagesController(Processes processes, Roster roster, Accounts accounts, AppointOfficer appointOfficer,
            ObjectProvider<HomeSection> sections, LatestTreeHead treeHeads) {
        this.processes = processes;
        this.roster = roster;
        this.accounts = accounts;
        this.appointOfficer = appointOfficer;
        this.sections = sections;
        this.treeHeads = treeHeads;
    }

    @GetMapping("/processes")
    String list(Model model) {
        model.addAttribute("processes", processes.all());
        return "processes/list";
    }

    @GetMapping("/processes/{code}")
    String home(@PathVariable ProcessId code, Model model) {
        Optional<Actor> actor = Actor.current();
        Process process = processes.require(code);
        LocalDate today = processes.today(process);
        Optional<Standing> delegation = actor.filter(Actor::delegate)
                .flatMap(a -> roster.standing(new ParticipantId(a.participantId()), process.treaty(), today));
        var appointable = actor.map(Actor::admin).orElse(false)
                ? accounts.all().stream().filter(a -> a.participant() == null).toList()
                : List.<Account>of();
        Map<String, ProcessHome.Section> filled = new LinkedHashMap<>();
        sections.orderedStream().forEach(s -> filled.put(s.name(),
                new ProcessHome.Section(s.link(process), s.recent(process, actor))));
        model.addAttribute("home", new ProcessHome(process, today, processes.officers(process.id()), delegation,
                appointable, filled));
        model.addAttribute("treeHead", treeHeads.latest().orElse(null));
        return "processes/home";
    }

    /** A refused appointment is answered at its own address; reloading it or switching language there goes back. */
    @GetMapping("/processes/{code}/officers")
    String back(@PathVariable String code) {
        return "redirect:/processes/" + code;
    }

    @PostMapping("/processes/{code}/officers")
    String appoint(@PathVariable ProcessId code, NewOfficer form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Process process = processes.require(code);
        try {
            Officer officer = appointOfficer.execute(new AppointOfficer.Command(process.id(), form.account(),
                    form.role()));
            Notice.send(redirect, "process.officer.appointed", officer.displayName());
            return "redirect:/processes/" + process.code();
        } catch (InvalidInputException | ConflictException e) {
            model.addAttribute("officerForm", Form.refused(form, e, response));
            return home(code, model);
        }
    }
}
