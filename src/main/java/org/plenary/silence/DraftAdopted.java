package org.plenary.silence;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.plenary.processes.ProcessId;
import org.springframework.modulith.NamedInterface;

/**
 * A draft decision of a procedure was adopted at the deadline {@code adoptedAt}, one event per adopted draft (a
 * procedure drafted with a proposal alone has one draft). {@code text} is in the original {@code language};
 * {@code versions} gives the text in every language it exists in, the original included (language → text).
 */
@NamedInterface("api")
public record DraftAdopted(ProcessId processId, SilenceProcedureId procedureId, UUID draftId, String symbol,
        String title, String text, String language, Map<String, String> versions, Instant adoptedAt) {
}
