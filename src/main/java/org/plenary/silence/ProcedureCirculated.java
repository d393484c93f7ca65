package org.plenary.silence;

import java.time.Instant;
import org.plenary.processes.ProcessId;
import org.springframework.modulith.NamedInterface;

/** A procedure was circulated: silence runs until {@code deadline}. */
@NamedInterface("api")
public record ProcedureCirculated(SilenceProcedureId procedure, ProcessId process, String reference,
        Instant deadline) {
}
