package org.plenary.decisions;

import java.time.Instant;
import java.util.UUID;
import org.plenary.processes.ProcessId;
import org.plenary.silence.SilenceProcedureId;

/**
 * A decision in the register: what was adopted (symbol, title, text in its original language), by which procedure
 * and when, and until when States Parties may attach statements to it.
 */
public record Decision(DecisionId id, ProcessId process, SilenceProcedureId procedure, UUID draft, String symbol,
        String title, String originalLanguage, String text, Instant adoptedAt, Instant statementsUntil) {

    /** Whether statements may still be attached at {@code now}: until the end of the period, exclusive. */
    public boolean takesStatements(Instant now) {
        return now.isBefore(statementsUntil);
    }
}
