package org.plenary.silence;

import java.time.Instant;
import org.plenary.processes.ProcessId;
import org.springframework.modulith.NamedInterface;

/** Silence on a procedure was broken at {@code at} by an objection (or an amendment that breaks it). */
@NamedInterface("api")
public record ProcedureBroken(SilenceProcedureId procedure, ProcessId process, String reference, Instant at) {
}
