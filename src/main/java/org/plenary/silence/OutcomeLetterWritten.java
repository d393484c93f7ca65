package org.plenary.silence;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.plenary.documents.DocumentId;
import org.plenary.processes.ProcessId;
import org.springframework.modulith.NamedInterface;

/**
 * The text of a concluded procedure's outcome letter, to all addressee groups, for correspondence to keep as a
 * draft that the Presidency reviews and sends. {@code letter} is the id the letter gets (the procedure names it
 * already); {@code refersTo} the letter that announced the procedure, or null.
 */
@NamedInterface("api")
public record OutcomeLetterWritten(SilenceProcedureId procedure, ProcessId process, UUID letter, String reference,
        LocalDate date, String subject, String body, List<DocumentId> attachments, UUID refersTo) {
}
