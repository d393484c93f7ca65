package org.plenary.correspondence;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.plenary.audit.AuditLog;
import org.plenary.audit.AuditRecord;
import org.plenary.documents.DocumentId;
import org.plenary.documents.Documents;
import org.plenary.processes.Process;
import org.plenary.processes.ProcessId;
import org.plenary.processes.Processes;
import org.plenary.shared.Actor;
import org.plenary.shared.ConflictException;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.NotFoundException;
import org.plenary.shared.TextInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes a letter as a draft, to be previewed and then sent by the Presidency. */
@Service
public class DraftLetter {

    public record Command(ProcessId process, String reference, LocalDate date, String place, String subject,
            String body, List<AddresseeGroup> addressees, List<String> attachments, List<String> refersTo,
            String signatory, String signatoryTitle, boolean publicLetter) {
    }

    private final Processes processes;
    private final Documents documents;
    private final LetterRepository letters;
    private final AuditLog audit;
    private final Clock clock;

    DraftLetter(Processes processes, Documents documents, LetterRepository letters, AuditLog audit, Clock clock) {
        this.processes = processes;
        this.documents = documents;
        this.letters = letters;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Letter execute(Command c) {
        Process process = processes.require(c.process());
        Actor actor = Actor.require();
        CorrespondencePolicy.mayDraft(processes.roleOf(process.id(), actor)).orForbid();
        return draft(process, new LetterId(UUID.randomUUID()), c, actor.username(), true);
    }

    /**
     * Drafts, under the id {@code id}, a letter that a decision of the process calls for (the outcome of a silence
     * procedure, {@link OutcomeLetters}), whoever is acting: it stays a draft until the Presidency reviews and
     * sends it. A reference already taken gets a suffix (" (2)", …); without a place, the place of the process's
     * latest letter is used.
     */
    Letter byDecision(Process process, LetterId id, Command c) {
        String reference = c.reference().strip();
        for (int n = 2; letters.referenceExists(process.id(), reference); n++) {
            reference = c.reference().strip() + " (" + n + ")";
        }
        String place = c.place() != null ? c.place() : letters.latestPlace(process.id())
                .orElse(process.timeZone().getId().replaceAll(".*/", "").replace('_', ' '));
        return draft(process, id, new Command(c.process(), reference, c.date(), place, c.subject(), c.body(),
                c.addressees(), c.attachments(), c.refersTo(), c.signatory(), c.signatoryTitle(), c.publicLetter()),
                "system", false);
    }

    /**
     * {@code asReader}: attachments must be readable by the caller; a decision's letter attaches the documents
     * of the process that the decision named, whoever is acting (an objecting delegate, the deadline timer).
     */
    private Letter draft(Process process, LetterId id, Command c, String author, boolean asReader) {
        Letter letter = compose(process, c, id, clock.instant(), asReader);
        letters.insert(letter, author);
        audit.record(AuditRecord.created("correspondence.letter.drafted", "letter", letter.id(), process.id().value(),
                Map.of("reference", letter.reference(), "subject", letter.subject(), "addressees", letter.addressees(),
                        "attachments", letter.attachments().stream().map(DocumentId::toString).toList())));
        return letter;
    }

    /**
     * The draft {@code id} as {@code c} writes it, checked: every rule of a letter's content, and a reference no
     * other letter of the process has.
     */
    Letter compose(Process process, Command c, LetterId id, Instant createdAt, boolean asReader) {
        String reference = TextInput.line("reference", c.reference(), 100);
        String place = TextInput.line("place", c.place(), 100);
        String subject = TextInput.line("subject", c.subject(), 300);
        String body = TextInput.lines("body", c.body(), 50_000);
        if (c.date() == null) {
            throw InvalidInputException.of("date", "The date of the letter is required (YYYY-MM-DD)");
        }
        if (c.addressees() == null || c.addressees().isEmpty()
                || c.addressees().stream().anyMatch(Objects::isNull)) {
            throw InvalidInputException.of("addressees", "At least one addressee group is required: STATES_PARTIES, "
                    + "SIGNATORY_STATES, OBSERVER_STATES, OBSERVER_ORGANISATIONS");
        }
        if (letters.referenceExists(process.id(), reference, id)) {
            throw new ConflictException("A letter with the reference '" + reference + "' already exists");
        }
        return new Letter(id, process.id(), reference, c.date(), place, subject,
                body, List.copyOf(new LinkedHashSet<>(c.addressees())),
                TextInput.optionalLine("signatory", c.signatory(), 200),
                TextInput.optionalLine("signatoryTitle", c.signatoryTitle(), 200), c.publicLetter(), LetterStatus.DRAFT,
                createdAt, null, attachments(process, c.attachments(), asReader),
                earlierLetters(process, c.refersTo(), id), 0);
    }

    private List<DocumentId> attachments(Process process, List<String> ids, boolean asReader) {
        List<DocumentId> attachments = new ArrayList<>();
        for (String id : ids == null ? List.<String>of() : ids) {
            try {
                DocumentId document = DocumentId.parse(id);
                attachments.add(asReader ? documents.require(process, document).id()
                        : documents.ofProcess(process, document).orElseThrow(() -> new NotFoundException("Document", id)));
            } catch (NotFoundException e) {
                throw InvalidInputException.of("attachments", "'" + id + "' is not a document of this process");
            }
        }
        return List.copyOf(new LinkedHashSet<>(attachments));
    }

    private List<LetterId> earlierLetters(Process process, List<String> ids, LetterId self) {
        List<LetterId> earlier = new ArrayList<>();
        for (String id : ids == null ? List.<String>of() : ids) {
            LetterId letterId;
            try {
                letterId = LetterId.parse(id);
            } catch (NotFoundException e) {
                throw InvalidInputException.of("refersTo", "'" + id + "' is not a letter of this process");
            }
            letters.find(letterId).filter(l -> l.process().equals(process.id()) && !l.id().equals(self))
                    .orElseThrow(() -> InvalidInputException.of("refersTo", "'" + id + "' is not a letter of this process"));
            earlier.add(letterId);
        }
        return List.copyOf(new LinkedHashSet<>(earlier));
    }
}
