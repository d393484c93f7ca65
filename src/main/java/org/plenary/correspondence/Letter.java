package org.plenary.correspondence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.plenary.documents.DocumentId;
import org.plenary.processes.ProcessId;
import org.springframework.modulith.NamedInterface;

/**
 * A letter of the Presidency: its formal parts, addressee groups, attachments and the letters it refers to; its
 * {@code version} counts its changes (0 when drafted).
 */
@NamedInterface("api")
public record Letter(LetterId id, ProcessId process, String reference, LocalDate date, String place, String subject,
        String body, List<AddresseeGroup> addressees, String signatory, String signatoryTitle, boolean publicLetter,
        LetterStatus status, Instant createdAt, Instant sentAt, List<DocumentId> attachments, List<LetterId> refersTo,
        int version) {

    public boolean sent() {
        return status == LetterStatus.SENT;
    }
}
