package org.plenary.correspondence;

import java.util.List;
import java.util.Optional;
import org.plenary.processes.OfficerRole;
import org.plenary.processes.Process;
import org.plenary.processes.Processes;
import org.plenary.shared.Actor;
import org.plenary.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads letters as the caller may see them: officers all letters of their process, delegates the sent
 * letters addressed to their State or organisation; to anybody else a letter does not exist.
 */
@Service
@Transactional(readOnly = true)
public class Letters {

    private final Processes processes;
    private final LetterRepository letters;
    private final DispatchRepository dispatches;

    Letters(Processes processes, LetterRepository letters, DispatchRepository dispatches) {
        this.processes = processes;
        this.letters = letters;
        this.dispatches = dispatches;
    }

    public List<Letter> visible(Process process) {
        Actor actor = Actor.require();
        if (officer(process, actor)) {
            return letters.byProcess(process.id());
        }
        return actor.delegate() ? letters.addressedTo(process.id(), actor.participantId()) : List.of();
    }

    public Letter require(Process process, LetterId id) {
        Actor actor = Actor.require();
        return letters.find(id)
                .filter(l -> l.process().equals(process.id()))
                .filter(l -> officer(process, actor)
                        || (l.sent() && actor.delegate() && letters.isAddressedTo(id, actor.participantId())))
                .orElseThrow(() -> new NotFoundException("Letter", id));
    }

    /** The dispatches of a letter, for the officers of its process only. */
    public Optional<List<Dispatch>> dispatches(Process process, Letter letter) {
        return officer(process, Actor.require()) ? Optional.of(dispatches.ofLetter(letter.id())) : Optional.empty();
    }

    private boolean officer(Process process, Actor actor) {
        Optional<OfficerRole> role = processes.roleOf(process.id(), actor);
        return role.isPresent();
    }
}
