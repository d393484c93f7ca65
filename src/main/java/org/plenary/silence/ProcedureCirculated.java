package org.plenary.silence;

import java.time.Instant;
import org.plenary.processes.ProcessId;

/** A procedure was circulated: silence runs until {@code deadline}. */
public record ProcedureCirculated(SilenceProcedureId procedure, ProcessId process, String reference,
        Instant deadline) {
}
