package org.plenary.processes.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import org.plenary.processes.Process;
import org.plenary.processes.ProcessId;
import org.plenary.processes.Processes;
import org.plenary.roster.Category;
import org.plenary.shared.web.PageController;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The participants of a process with their category on a chosen date (by default today in the process's
 * time zone), optionally one category only. A date that is not a date is said so, and today is shown.
 */
@PageController
class ParticipantsPageController {

    private final Processes processes;

    ParticipantsPageController(Processes processes) {
        this.processes = processes;
    }

    @GetMapping("/processes/{code}/participants")
    String participants(@PathVariable ProcessId code, @RequestParam(required = false) String at,
            @RequestParam(required = false) String category, Model model, HttpServletResponse response) {
        Process process = processes.require(code);
        LocalDate date = processes.today(process);
        boolean badDate = false;
        if (at != null && !at.isBlank()) {
            try {
                date = LocalDate.parse(at.strip());
            } catch (DateTimeParseException e) {
                badDate = true;
                response.setStatus(HttpStatus.BAD_REQUEST.value());
            }
        }
        Category shown = Arrays.stream(Category.values()).filter(c -> c.name().equals(category)).findFirst()
                .orElse(null);
        model.addAttribute("participants",
                ParticipantsPage.of(process, date, shown, processes.participants(process, date)));
        model.addAttribute("badDate", badDate ? at : null);
        return "processes/participants";
    }
}
