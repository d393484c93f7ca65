package org.plenary.decisions.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.List;
import org.plenary.decisions.DecisionId;
import org.plenary.decisions.DecisionView;
import org.plenary.decisions.Decisions;
import org.plenary.decisions.RegisterEntry;
import org.plenary.processes.Process;
import org.plenary.processes.Processes;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.web.PageController;
import org.plenary.shared.web.VersionChoice;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The register of decisions of a process and the page of each decision, readable without signing in. */
@PageController
class DecisionPagesController {

    private final Processes processes;
    private final Decisions decisions;

    private final Clock clock;

    DecisionPagesController(Processes processes, Decisions decisions, Clock clock) {
        this.processes = processes;
        this.decisions = decisions;
        this.clock = clock;
    }

    @GetMapping("/processes/{code}/decisions")
    String list(@PathVariable String code, @RequestParam(required = false) String q, Model model,
            HttpServletResponse response) {
        Process process = processes.require(code);
        String query = q == null || q.isBlank() ? null : q.strip();
        List<RegisterEntry> entries;
        String error = null;
        try {
            entries = decisions.register(process, query);
        } catch (InvalidInputException e) {
            error = e.getMessage();
            entries = List.of();
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        model.addAttribute("register", new DecisionPages.Register(process, entries, query, error));
        return "decisions/list";
    }

    @GetMapping("/processes/{code}/decisions/{id:[0-9a-fA-F-]{36}}")
    String decision(@PathVariable String code, @PathVariable String id,
            @RequestParam(required = false) String version, Model model) {
        Process process = processes.require(code);
        DecisionView view = decisions.require(process, DecisionId.parse(id));
        model.addAttribute("decision", new DecisionPages.Page(view,
                VersionChoice.of(view.texts(), version),
                view.decision().takesStatements(clock.instant()), false, false, null));
        return "decisions/decision";
    }
}
