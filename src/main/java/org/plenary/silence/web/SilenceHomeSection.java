package org.plenary.silence.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.plenary.processes.HomeSection;
import org.plenary.processes.Process;
import org.plenary.shared.Actor;
import org.plenary.silence.SilenceProcedures;
import org.springframework.stereotype.Component;

/** The newest silence procedures on the home page of a process, with their outcome. */
@Component
class SilenceHomeSection implements HomeSection {

    private static final int SHOWN = 5;

    private final SilenceProcedures procedures;

    SilenceHomeSection(SilenceProcedures procedures) {
        this.procedures = procedures;
    }

    @Override
    public String name() {
        return "silence";
    }

    @Override
    public String link(Process process) {
        return "/processes/" + process.code() + "/silence-procedures";
    }

    @Override
    public List<Item> recent(Process process, Optional<Actor> reader) {
        return procedures.visible(process).stream().limit(SHOWN)
                .map(p -> new Item(p.reference(), p.subject(), LocalDate.ofInstant(p.deadline(), process.timeZone()),
                        SilencePages.page(process, p), p.status()))
                .toList();
    }
}
