package org.plenary.correspondence;

import java.util.Arrays;
import java.util.List;
import org.plenary.documents.DocumentId;
import org.plenary.processes.Process;
import org.plenary.processes.Processes;
import org.plenary.silence.OutcomeLetterWritten;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the outcome letter of a concluded silence procedure as a draft to all addressee groups, under the id the
 * procedure names. Once: a letter delivered again finds its id taken and drafts nothing.
 */
@Component
class OutcomeLetters {

    private final Processes processes;
    private final LetterRepository letters;
    private final DraftLetter draft;

    OutcomeLetters(Processes processes, LetterRepository letters, DraftLetter draft) {
        this.processes = processes;
        this.letters = letters;
        this.draft = draft;
    }

    @ApplicationModuleListener
    void on(OutcomeLetterWritten outcome) {
        LetterId id = new LetterId(outcome.letter());
        if (letters.find(id).isPresent()) {
            return;
        }
        Process process = processes.require(outcome.process());
        draft.byDecision(process, id, new DraftLetter.Command(process.id(), outcome.reference(),
                outcome.date(), null, outcome.subject(), outcome.body(), Arrays.asList(AddresseeGroup.values()),
                outcome.attachments().stream().map(DocumentId::toString).toList(),
                outcome.refersTo() == null ? List.of() : List.of(outcome.refersTo().toString()), null, null, false));
    }
}
