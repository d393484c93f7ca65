package org.plenary.documents;

import java.time.LocalDate;
import java.util.Locale;
import org.plenary.processes.Process;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.TextInput;

/** Validates and normalises the masthead facts of a document. */
final class Masthead {

    private Masthead() {
    }

    /** The metadata, cleaned, with the issue date defaulting to today in the process's time zone. */
    static DocumentMetadata check(DocumentMetadata m, Process process, LocalDate today) {
        String title = TextInput.line("title", m.title(), 500);
        if (m.type() == null) {
            throw InvalidInputException.of("type", "The type is required (WORKING_PAPER, PROVISIONAL_AGENDA, …)");
        }
        if (m.distribution() == null) {
            throw InvalidInputException.of("distribution", "The distribution is GENERAL, LIMITED or RESTRICTED");
        }
        String original = m.originalLanguage() == null ? "" : m.originalLanguage().strip().toLowerCase(Locale.ROOT);
        if (!process.languages().contains(original)) {
            throw InvalidInputException.of("originalLanguage", "The original language must be one of the process's "
                    + "languages: " + String.join(", ", process.languages()));
        }
        String agendaItem = m.agendaItem() == null || m.agendaItem().isBlank() ? null : m.agendaItem().strip();
        if (agendaItem != null && !agendaItem.matches("\\d{1,2}( \\([a-z]\\))?")) {
            throw InvalidInputException.of("agendaItem", "An agenda item is written like 5 or 5 (b)");
        }
        String submittedBy = TextInput.optionalLine("submittedBy", m.submittedBy(), 300);
        LocalDate issuedOn = m.issuedOn() == null ? today : m.issuedOn();
        return new DocumentMetadata(m.symbol(), title, m.type(), m.distribution(), original, agendaItem, m.meetingId(),
                submittedBy, issuedOn);
    }

    /** A limited document carries an {@code L.} part in its symbol, and only a limited one does. */
    static void checkDistribution(DocumentSymbol symbol, Distribution distribution) {
        if (symbol != null && symbol.limited() && distribution != Distribution.LIMITED) {
            throw InvalidInputException.of("distribution", "The symbol " + symbol + " is that of a limited document");
        }
    }
}
