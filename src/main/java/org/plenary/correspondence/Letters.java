package org.plenary.correspondence;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.plenary.contacts.Coverage;
import org.plenary.processes.OfficerRole;
import org.plenary.processes.Process;
import org.plenary.processes.Processes;
import org.plenary.shared.Actor;
import org.plenary.shared.LanguageVersions;
import org.plenary.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads letters as the caller may see them: officers all letters of their process, delegates the sent
 * letters addressed to their State or organisation; to anybody else a letter does not exist, except the
 * sent letters marked public, which everyone may read.
 */
@Service
@Transactional(readOnly = true)
public class Letters {

    private final Processes processes;
    private final LetterRepository letters;
    private final DispatchRepository dispatches;
    private final Recipients recipients;
    private final LetterVersionRepository versions;

    Letters(Processes processes, LetterRepository letters, DispatchRepository dispatches, Recipients recipients,
            LetterVersionRepository versions) {
        this.processes = processes;
        this.letters = letters;
        this.dispatches = dispatches;
        this.recipients = recipients;
        this.versions = versions;
    }

    /** The letter's original language and its versions in other languages, for a letter the caller may read. */
    public LanguageVersions<LetterText> versions(Letter letter) {
        return versions.of(letter);
    }

    /** The subjects of the process's letters that have a version in {@code language}, by letter id. */
    public Map<UUID, String> subjects(Process process, String language) {
        return versions.subjects(process.id(), language);
    }

    public List<Letter> visible(Process process) {
        Actor actor = Actor.require();
        if (officer(process, actor)) {
            return letters.byProcess(process.id());
        }
        return actor.delegate() ? letters.addressedTo(process.id(), actor.participantId()) : List.of();
    }

    public Letter require(Process process, LetterId id) {
        return find(process, id).orElseThrow(() -> new NotFoundException("Letter", id));
    }

    /** The letter, if the caller may read it. */
    public Optional<Letter> find(Process process, LetterId id) {
        Actor actor = Actor.require();
        return letters.find(id)
                .filter(l -> l.process().equals(process.id()))
                .filter(l -> officer(process, actor)
                        || (l.sent() && actor.delegate() && letters.isAddressedTo(id, actor.participantId())));
    }

    /** The sent letters of a process marked public, newest first: readable without signing in. */
    public List<Letter> published(Process process) {
        return letters.publicSent(process.id());
    }

    /** A sent public letter of the process; 404 for any other letter. */
    public Letter requirePublished(Process process, LetterId id) {
        return letters.find(id)
                .filter(l -> l.process().equals(process.id()) && l.sent() && l.publicLetter())
                .orElseThrow(() -> new NotFoundException("Letter", id));
    }

    /**
     * How far the letter reaches, for the officers: before sending, whom sending it today would reach, resolved as
     * sending resolves its addressee groups; after, whom it reached.
     */
    public Coverage coverage(Process process, Letter letter) {
        if (!officer(process, Actor.require())) {
            throw new NotFoundException("Letter", letter.id());
        }
        return letter.sent() ? dispatches.coverage(letter.id()) : Coverage.of(recipients.of(process, letter));
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
