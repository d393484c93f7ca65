package org.plenary.silence;

import java.time.Instant;
import org.plenary.processes.ProcessId;
import org.springframework.modulith.NamedInterface;

/** An open procedure was withdrawn by the Presidency at {@code at}. */
@NamedInterface("api")
public record ProcedureWithdrawn(SilenceProcedureId procedure, ProcessId process, String reference, Instant at) {
}
