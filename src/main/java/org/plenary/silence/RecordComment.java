package org.plenary.silence;

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

    /** The answer as recorded, or as first recorded when {@code idempotencyKey} was used before. */
    @Transactional
    public Receipt execute(String process, SilenceProcedureId procedure, String text, String idempotencyKey) {
        ResponseDesk.Received received = desk.receive(process, procedure, ResponseKind.COMMENT, text, null, idempotencyKey);
        return new Receipt(received.response(), received.repeated());
    }
}
