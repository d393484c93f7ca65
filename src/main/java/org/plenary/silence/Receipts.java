package org.plenary.silence;

import java.time.Instant;
import java.util.Optional;
import org.plenary.audit.AuditEntry;
import org.plenary.audit.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Checks a receipt against the audit log: the entry it names is intact and still chained to the head of the
 * log, it records this answer, and the stored text of the answer still has the fingerprint recorded then.
 */
@Service
@Transactional(readOnly = true)
public class Receipts {

    /** The result of a check: what the receipt names, and whether the audit log confirms it (or why not). */
    public record Check(String reference, SilenceProcedureId procedure, ResponseKind kind, String participantName,
            Instant receivedAt, long auditSeq, String auditHash, boolean valid, String problem) {
    }

    private final AuditLog audit;
    private final ObjectMapper json;

    Receipts(AuditLog audit, ObjectMapper json) {
        this.audit = audit;
        this.json = json;
    }

    public Check check(Response r) {
        Optional<AuditEntry> entry = audit.confirm(r.auditSeq(), r.auditHash());
        String problem = null;
        if (entry.isEmpty()) {
            problem = "The audit entry " + r.auditSeq() + " is missing, altered, or no longer chained to the log";
        } else if (!r.reference().equals(entry.get().objectId())) {
            problem = "The audit entry " + r.auditSeq() + " records another object";
        } else {
            JsonNode after = json.readTree(entry.get().after());
            if (!ResponseDesk.sha256(r.text(), r.reason()).equals(after.path("textSha256").asString())
                    || !r.receivedAt().toString().equals(after.path("receivedAt").asString())) {
                problem = "The stored answer differs from what the audit entry recorded";
            }
        }
        return new Check(r.reference(), r.procedure(), r.kind(), r.participantName(), r.receivedAt(), r.auditSeq(),
                r.auditHash(), problem == null, problem);
    }
}
