package org.plenary.consultations.web;

import java.util.List;
import java.util.Optional;
import org.plenary.consultations.Consultations;
import org.plenary.processes.HomeSection;
import org.plenary.processes.Process;
import org.plenary.shared.Actor;
import org.springframework.stereotype.Component;

/** The latest consultations on the home page of a process, for those signed in, with the day each closes. */
@Component
class ConsultationsHomeSection implements HomeSection {

    private static final int SHOWN = 5;

    private final Consultations consultations;

    ConsultationsHomeSection(Consultations consultations) {
        this.consultations = consultations;
    }

    @Override
    public String name() {
        return "consultations";
    }

    @Override
    public String link(Process process) {
        return ConsultationPages.list(process);
    }

    @Override
    public List<Item> recent(Process process, Optional<Actor> reader) {
        return reader.isEmpty() ? List.of() : consultations.of(process).stream().limit(SHOWN)
                .map(c -> new Item(null, c.title(), c.closesAt().atZone(process.timeZone()).toLocalDate(),
                        ConsultationPages.page(process, c), consultations.status(c)))
                .toList();
    }
}
