package org.plenary.silence;

import java.time.Instant;
import org.plenary.processes.ProcessId;

/** Silence on a procedure was broken at {@code at} by an objection (or an amendment that breaks it). */
public record ProcedureBroken(SilenceProcedureId procedure, ProcessId process, String reference, Instant at) {
}
