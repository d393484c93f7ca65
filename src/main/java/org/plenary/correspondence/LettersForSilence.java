package org.plenary.correspondence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.plenary.processes.Process;
import org.plenary.silence.LettersToAnnounce;
import org.springframework.stereotype.Component;

/** The letters of a process that the caller may read, as a silence procedure may name the one announcing it. */
@Component
class LettersForSilence implements LettersToAnnounce {

    private final Letters letters;

    LettersForSilence(Letters letters) {
        this.letters = letters;
    }

    @Override
    public List<LettersToAnnounce.Letter> visible(Process process) {
        return letters.visible(process).stream().map(LettersForSilence::of).toList();
    }

    @Override
    public Optional<LettersToAnnounce.Letter> find(Process process, UUID id) {
        return letters.find(process, new LetterId(id)).map(LettersForSilence::of);
    }

    private static LettersToAnnounce.Letter of(org.plenary.correspondence.Letter l) {
        return new LettersToAnnounce.Letter(l.id().value(), l.reference(), l.date(), l.subject());
    }
}
