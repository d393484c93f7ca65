package org.plenary.processes.web;

import java.util.List;
import org.plenary.processes.Process;
import org.plenary.processes.Processes;
import org.plenary.shared.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The landing page: a delegate goes straight to the home of its process; others see the processes. */
@Controller
class HomeController {

    private final Processes processes;

    HomeController(Processes processes) {
        this.processes = processes;
    }

    @GetMapping("/")
    String home(Model model) {
        Actor actor = Actor.require();
        List<Process> all = processes.all();
        if (actor.delegate() && all.size() == 1) {
            return "redirect:/processes/" + all.getFirst().code();
        }
        List<Process> served = processes.servedBy(actor);
        model.addAttribute("processes", all);
        model.addAttribute("served", served);
        return "home";
    }
}
