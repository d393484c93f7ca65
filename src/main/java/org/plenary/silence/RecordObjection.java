package org.plenary.silence;

import java.util.List;
import org.plenary.processes.ProcessId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the objection of a State Party. It breaks silence at once if the procedure is still open; a later
 * objection before the deadline is recorded too.
 */
@Service
public class RecordObjection {

    private final ResponseDesk desk;

    RecordObjection(ResponseDesk desk) {
        this.desk = desk;
    }

    /**
     * The answer as recorded, or as first recorded when {@code idempotencyKey} was used before; it reaches the
     * drafts of the procedure whose ids {@code drafts} gives, or every draft when it gives none.
     */
    @Transactional
    public Receipt execute(ProcessId process, SilenceProcedureId procedure, String reason, List<String> drafts,
            String idempotencyKey) {
        ResponseDesk.Received received = desk.receive(process, procedure, ResponseKind.OBJECTION, reason, null, drafts, idempotencyKey);
        return new Receipt(received.response(), received.repeated());
    }
}
