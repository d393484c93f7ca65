package org.plenary.decisions.web;

import java.util.List;
import java.util.Optional;
import org.plenary.decisions.Decisions;
import org.plenary.processes.HomeSection;
import org.plenary.processes.Process;
import org.plenary.shared.Actor;
import org.springframework.stereotype.Component;

/** The newest decisions of the register on the home page of a process. */
@Component
class DecisionsHomeSection implements HomeSection {

    private static final int SHOWN = 5;

    private final Decisions decisions;

    DecisionsHomeSection(Decisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public String name() {
        return "decisions";
    }

    @Override
    public String link(Process process) {
        return "/processes/" + process.code() + "/decisions";
    }

    @Override
    public List<Item> recent(Process process, Optional<Actor> reader) {
        return decisions.register(process, null).stream().limit(SHOWN)
                .map(e -> new Item(e.decision().symbol(), e.decision().title(),
                        e.decision().adoptedAt().atZone(process.timeZone()).toLocalDate(),
                        DecisionPages.page(process, e.decision()), null))
                .toList();
    }
}
