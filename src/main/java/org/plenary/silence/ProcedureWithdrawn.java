package org.plenary.silence;

import java.time.Instant;
import org.plenary.processes.ProcessId;

/** An open procedure was withdrawn by the Presidency at {@code at}. */
public record ProcedureWithdrawn(SilenceProcedureId procedure, ProcessId process, String reference, Instant at) {
}
