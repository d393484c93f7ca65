package org.plenary.silence;

import java.time.Instant;
import org.plenary.processes.ProcessId;
import org.springframework.modulith.NamedInterface;

/**
 * A procedure was adopted at its deadline {@code at}. Its {@code effect} (or null) is for the module it concerns
 * to apply by its own rules, which answers with {@link EffectApplied}.
 */
@NamedInterface("api")
public record ProcedureAdopted(SilenceProcedureId procedure, ProcessId process, String reference, String subject,
        Instant at, Effect effect) {

    /** The decision as the history of what it changed names it. */
    public String decision() {
        return "Silence procedure " + reference + " (" + procedure + ")";
    }

    /** Why what it changed was changed. */
    public String reason() {
        return "Adopted by silence procedure " + reference + ": " + subject;
    }
}
