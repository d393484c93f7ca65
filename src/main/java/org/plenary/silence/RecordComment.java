package org.plenary.silence;

import java.util.List;
import org.plenary.processes.ProcessId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a comment (an explanation of position). It never breaks silence.
 */
@Service
public class RecordComment {

    private final ResponseDesk desk;

    RecordComment(ResponseDesk desk) {
        this.desk = desk;
    }

    /**
     * The answer as recorded, or as first recorded when {@code idempotencyKey} was used before; it reaches the
     * drafts of the procedure whose ids {@code drafts} gives, or every draft when it gives none.
     */
    @Transactional
    public Receipt execute(ProcessId process, SilenceProcedureId procedure, String text, List<String> drafts,
            String idempotencyKey) {
        ResponseDesk.Received received = desk.receive(process, procedure, ResponseKind.COMMENT, text, null, drafts, idempotencyKey);
        return new Receipt(received.response(), received.repeated());
    }
}
