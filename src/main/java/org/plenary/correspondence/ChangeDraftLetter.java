package org.plenary.correspondence;

import java.util.Map;
import org.plenary.audit.AuditLog;
import org.plenary.audit.AuditRecord;
import org.plenary.documents.DocumentId;
import org.plenary.processes.Process;
import org.plenary.processes.ProcessId;
import org.plenary.processes.Processes;
import org.plenary.shared.Actor;
import org.plenary.shared.ConflictException;
import org.plenary.shared.NotFoundException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Edits or deletes a letter while it is a draft (the officers who may draft it); once sent it is part of the
 * record and neither is possible (409). A draft that a silence procedure or another letter refers to cannot be
 * deleted (409).
 */
@Service
public class ChangeDraftLetter {

    private final Processes processes;
    private final DraftLetter draft;
    private final LetterRepository letters;
    private final AuditLog audit;

    ChangeDraftLetter(Processes processes, DraftLetter draft, LetterRepository letters, AuditLog audit) {
        this.processes = processes;
        this.draft = draft;
        this.letters = letters;
        this.audit = audit;
    }

    /**
     * Replaces the draft's content by {@code c}; {@code version}, if given, is the version the change was made to,
     * refused (409) when the draft changed since.
     */
    @Transactional
    public Letter edit(LetterId id, Integer version, DraftLetter.Command c) {
        Process process = processes.require(c.process());
        Letter before = lockedDraft(process, id);
        if (version != null && version != before.version()) {
            throw new ConflictException("The draft " + before.reference() + " was changed since version " + version
                    + " (it is at version " + before.version() + "): reload it before changing it");
        }
        Letter after = draft.compose(process, c, id, before.createdAt(), true);
        letters.update(after, before.version());
        audit.record(AuditRecord.changed("correspondence.letter.edited", "letter", id, process.id().value(),
                audited(before), audited(after)));
        return letters.find(id).orElseThrow();
    }

    @Transactional
    public void delete(ProcessId processId, LetterId id) {
        Process process = processes.require(processId);
        Letter letter = lockedDraft(process, id);
        audit.record(AuditRecord.changed("correspondence.letter.deleted", "letter", id, process.id().value(),
                audited(letter), Map.of("deleted", true)));
        try {
            letters.delete(id);
        } catch (DataIntegrityViolationException referred) {
            throw new ConflictException("The draft " + letter.reference()
                    + " is referred to by a silence procedure or another letter: it cannot be deleted");
        }
    }

    private Letter lockedDraft(Process process, LetterId id) {
        CorrespondencePolicy.mayDraft(processes.roleOf(process.id(), Actor.require())).orForbid();
        Letter letter = letters.lock(id).filter(l -> l.process().equals(process.id()))
                .orElseThrow(() -> new NotFoundException("Letter", id));
        if (letter.sent()) {
            throw new ConflictException("The letter " + letter.reference() + " has been sent: only a DRAFT can be "
                    + "changed or deleted");
        }
        return letter;
    }

    private static Map<String, Object> audited(Letter l) {
        return Map.of("reference", l.reference(), "subject", l.subject(), "date", l.date().toString(),
                "addressees", l.addressees(), "attachments", l.attachments().stream().map(DocumentId::toString).toList());
    }
}
