package org.plenary.correspondence.web;

import java.util.List;
import java.util.Optional;
import org.plenary.correspondence.Letters;
import org.plenary.processes.HomeSection;
import org.plenary.processes.Process;
import org.plenary.shared.Actor;
import org.springframework.stereotype.Component;

/** The newest letters on the home page of a process: all for its officers, those addressed to a delegation. */
@Component
class LettersHomeSection implements HomeSection {

    private static final int SHOWN = 5;

    private final Letters letters;

    LettersHomeSection(Letters letters) {
        this.letters = letters;
    }

    @Override
    public String name() {
        return "letters";
    }

    @Override
    public String link(Process process) {
        return "/processes/" + process.code() + "/letters";
    }

    @Override
    public List<Item> recent(Process process, Optional<Actor> reader) {
        return reader.isEmpty() ? List.of() : letters.visible(process).stream().limit(SHOWN)
                .map(l -> new Item(l.reference(), l.subject(), l.date(), LetterPages.page(process, l), l.status()))
                .toList();
    }
}
