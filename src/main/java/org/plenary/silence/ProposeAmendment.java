package org.plenary.silence;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a proposed amendment. It breaks silence like an objection only when the procedure says so and the
 * delegation is a State Party.
 */
@Service
public class ProposeAmendment {

    private final ResponseDesk desk;

    ProposeAmendment(ResponseDesk desk) {
        this.desk = desk;
    }

    /** The answer as recorded, or as first recorded when {@code idempotencyKey} was used before. */
    @Transactional
    public Receipt execute(String process, SilenceProcedureId procedure, String text, String reason, String idempotencyKey) {
        ResponseDesk.Received received = desk.receive(process, procedure, ResponseKind.AMENDMENT, text, reason, idempotencyKey);
        return new Receipt(received.response(), received.repeated());
    }
}
