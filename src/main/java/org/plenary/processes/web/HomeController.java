package org.plenary.processes.web;

import java.util.List;
import java.util.Optional;
import org.plenary.processes.Process;
import org.plenary.processes.Processes;
import org.plenary.shared.Actor;
import org.plenary.shared.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The landing page, also for the public (the processes, each with its public home page). A delegate, and an
 * officer of a process, go straight to their desk (what awaits them, across processes); the processes remain
 * listed under Processes. Administrators see the list, with the processes they serve marked.
 */
@PageController
class HomeController {

    private final Processes processes;

    HomeController(Processes processes) {
        this.processes = processes;
    }

    @GetMapping("/")
    String home(Model model) {
        Optional<Actor> actor = Actor.current();
        List<Process> all = processes.all();
        List<Process> served = actor.map(processes::servedBy).orElse(List.of());
        if (actor.map(Actor::delegate).orElse(false) || !served.isEmpty()) {
            return "redirect:/desk";
        }
        model.addAttribute("processes", all);
        model.addAttribute("served", served);
        return "home";
    }
}
