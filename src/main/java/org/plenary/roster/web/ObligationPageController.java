package org.plenary.roster.web;

import org.plenary.roster.ParticipantId;
import org.plenary.roster.Roster;
import org.plenary.shared.NotFoundException;
import org.plenary.shared.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A State's page in the roster: its treaty obligation deadlines, each with the decisions that extended it. */
@PageController
class ObligationPageController {

    private final Roster roster;

    ObligationPageController(Roster roster) {
        this.roster = roster;
    }

    @GetMapping("/roster/participants/{id}")
    String participant(@PathVariable String id, Model model) {
        ParticipantId participant = ParticipantId.parse(id);
        model.addAttribute("participant", roster.participant(participant)
                .orElseThrow(() -> new NotFoundException("Participant", id)));
        model.addAttribute("obligations", roster.obligations(participant));
        return "roster/participant";
    }
}
