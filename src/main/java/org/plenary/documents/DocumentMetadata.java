package org.plenary.documents;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/** The masthead facts of a document as given by an officer; the symbol is computed for follow-ups. */
@NamedInterface("api")
public record DocumentMetadata(String symbol, String title, DocumentType type, Distribution distribution,
        String originalLanguage, String agendaItem, UUID meetingId, String submittedBy, LocalDate issuedOn) {
}
