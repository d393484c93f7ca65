package org.plenary.silence;

import java.util.List;
import org.plenary.processes.ProcessId;
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

    /**
     * The answer as recorded, or as first recorded when {@code idempotencyKey} was used before; it reaches the
     * drafts of the procedure whose ids {@code drafts} gives, or every draft when it gives none.
     */
    @Transactional
    public Receipt execute(ProcessId process, SilenceProcedureId procedure, String text, String reason, List<String> drafts,
            String idempotencyKey) {
        ResponseDesk.Received received = desk.receive(process, procedure, ResponseKind.AMENDMENT, text, reason, drafts, idempotencyKey);
        return new Receipt(received.response(), received.repeated());
    }
}
