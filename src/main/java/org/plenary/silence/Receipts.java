package org.plenary.silence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.plenary.audit.AuditLog;
import org.plenary.audit.TreeHead;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Checks a receipt against the audit log: the entry it names exists and records this answer, the stored text of
 * the answer still has the fingerprint recorded then, and, once the entry is integrated, the latest signed tree
 * head proves it (its leaf, recomputed from the stored entry, is included in the signed root). The check hands the
 * delegation the signed tree head, the leaf input and the audit path, so that it verifies the inclusion itself
 * (RFC 9162 §2.1.3.2) and keeps the tree head.
 */
@Service
@Transactional(readOnly = true)
public class Receipts {

    /** The result of a check: what the receipt names, and whether the audit log confirms it (or why not). */
    public record Check(String reference, String procedure, ResponseKind kind, String participantName,
            Instant receivedAt, long auditEntry, Long auditIndex, TreeHead treeHead, String leafInput,
            List<String> auditPath, boolean valid, String problem) {
    }

    private final AuditLog audit;
    private final ObjectMapper json;

    Receipts(AuditLog audit, ObjectMapper json) {
        this.audit = audit;
        this.json = json;
    }

    public Check check(Response r) {
        Optional<AuditLog.Confirmation> confirmation = audit.confirm(r.auditEntry());
        String problem = null;
        if (confirmation.isEmpty()) {
            problem = "The audit entry " + r.auditEntry() + " is missing";
        } else if (!confirmation.get().proven()) {
            problem = "The audit entry " + r.auditEntry() + " is not proven by the latest signed tree head: the log "
                    + "was altered";
        } else if (!r.reference().equals(confirmation.get().entry().objectId())) {
            problem = "The audit entry " + r.auditEntry() + " records another object";
        } else {
            JsonNode after = json.readTree(confirmation.get().entry().after());
            if (!ResponseDesk.sha256(r.text(), r.reason()).equals(after.path("textSha256").asString())
                    || !r.receivedAt().toString().equals(after.path("receivedAt").asString())) {
                problem = "The stored answer differs from what the audit entry recorded";
            }
        }
        return new Check(r.reference(), r.procedure().toString(), r.kind(), r.participantName(), r.receivedAt(),
                r.auditEntry(),
                confirmation.map(c -> c.entry().index()).orElse(null),
                confirmation.flatMap(AuditLog.Confirmation::head).orElse(null),
                confirmation.map(AuditLog.Confirmation::leafInput).orElse(null),
                confirmation.map(AuditLog.Confirmation::auditPath).orElse(List.of()), problem == null, problem);
    }
}
