package org.plenary.silence;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.plenary.documents.DocumentId;
import org.plenary.processes.ProcessId;

/**
 * A silence procedure: the proposed decision, its deadline (an instant, shown in the process's zone), whether
 * proposed amendments break silence, the effect of its adoption, and where it stands. {@code effectResult}
 * says what became of the effect when the procedure was adopted; {@code announcedWith} is the letter that
 * announced it, if any, to which its outcome letter refers; {@code withdrawalReason} why the Presidency withdrew it
 * (none for procedures withdrawn before a reason was required).
 */
public record SilenceProcedure(SilenceProcedureId id, ProcessId process, int number, String subject, String proposal,
        Instant deadline, boolean amendmentsBreakSilence, Effect effect, String effectResult,
        SilenceProcedureId revises, ProcedureStatus status, Instant createdAt, String createdBy, Instant circulatedAt,
        String circulatedBy, Instant concludedAt, UUID outcomeLetter, List<DocumentId> documents,
        UUID announcedWith, String withdrawalReason) {

    /** The longest reason for a withdrawal, in characters. */
    public static final int MAX_WITHDRAWAL_REASON = 5_000;

    /** Its short reference within the process: SP.1, SP.2, … */
    public String reference() {
        return "SP." + number;
    }

    /** The address of the procedure's page in the process with this code. */
    public String address(String processCode) {
        return "/processes/" + processCode + "/silence/" + reference();
    }

    /** Whether the deadline has passed at {@code now}: an answer at the deadline instant is late. */
    public boolean pastDeadline(Instant now) {
        return !now.isBefore(deadline);
    }
}
