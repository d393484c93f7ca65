package org.plenary.audit;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.plenary.shared.Actor;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.NotFoundException;
import org.plenary.shared.Verdict;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Audit", description = "The append-only, verifiable audit log (RFC 9162 §2.1)")
class AuditApiController {

    private static final Base64.Encoder B64 = Base64.getEncoder();

    private final AuditLog audit;
    private final AuditVerifier verifier;
    private final TreeHeads heads;
    private final TreeNodes nodes;
    private final ProcessAuditAccess access;

    AuditApiController(AuditLog audit, AuditVerifier verifier, TreeHeads heads, TreeNodes nodes,
            ProcessAuditAccess access) {
        this.audit = audit;
        this.verifier = verifier;
        this.heads = heads;
        this.nodes = nodes;
        this.access = access;
    }

    /** An entry as {@link AuditEntry} has it, with its place in the log and the exact bytes of its leaf. */
    record EntryResponse(long index, long id, Instant at, String actor, String action, String objectType,
            String objectId, UUID processId, @JsonRawValue String before, @JsonRawValue String after,
            String leafInput) {

        static EntryResponse of(AuditEntry e, String leafInput) {
            return new EntryResponse(e.index(), e.id(), e.at(), e.actor(), e.action(), e.objectType(), e.objectId(),
                    e.processId(), e.before(), e.after(), leafInput);
        }
    }

    record InclusionProof(long index, long treeSize, List<String> auditPath) {
    }

    record ConsistencyProof(long first, long second, List<String> consistency) {
    }

    @GetMapping("/api/v1/audit/tree-head")
    @Operation(operationId = "getAuditTreeHead", summary = "The latest signed tree head (anyone)")
    TreeHead treeHead() {
        return heads.latest().orElseThrow(() -> new NotFoundException("Tree head", "latest"));
    }

    @GetMapping("/api/v1/audit/entries/{index}")
    @Operation(operationId = "getAuditEntry",
            summary = "The entry at this place in the log, with the exact bytes of its leaf (administrators; "
            + "officers for their processes' entries)")
    EntryResponse entry(@PathVariable long index) {
        AuditEntry entry = readable(index);
        return EntryResponse.of(entry, B64.encodeToString(LeafInput.of(entry)));
    }

    @GetMapping("/api/v1/audit/proofs/inclusion")
    @Operation(operationId = "proveAuditInclusion",
            summary = "The audit path of the entry at index in the tree of treeSize entries (RFC 9162 §2.1.3)")
    InclusionProof inclusion(@RequestParam long index, @RequestParam long treeSize) {
        requireSize(treeSize);
        if (index < 0 || index >= treeSize) {
            throw InvalidInputException.of("index", "index must be between 0 and treeSize - 1");
        }
        readable(index);
        return new InclusionProof(index, treeSize, encode(nodes.tree().inclusion(index, treeSize)));
    }

    @GetMapping("/api/v1/audit/proofs/consistency")
    @Operation(operationId = "proveAuditConsistency",
            summary = "That the tree of first entries is a prefix of the tree of second (RFC 9162 §2.1.4; anyone)")
    ConsistencyProof consistency(@RequestParam long first, @RequestParam long second) {
        requireSize(second);
        if (first < 0 || first > second) {
            throw InvalidInputException.of("first", "first must be between 0 and second");
        }
        return new ConsistencyProof(first, second, encode(nodes.tree().consistency(first, second)));
    }

    @GetMapping("/api/v1/audit/verify")
    @Operation(operationId = "verifyAuditLog",
            summary = "Check every entry, the tree and every signed tree head of the whole log (administrators)")
    AuditVerification verify() {
        (Actor.require().admin() ? Verdict.ALLOWED : Verdict.refused("Only administrators may verify the audit log"))
                .orForbid();
        return verifier.verify();
    }

    private AuditEntry readable(long index) {
        Actor actor = Actor.require();
        AuditEntry entry = audit.at(index).orElseThrow(() -> new NotFoundException("Audit entry", String.valueOf(index)));
        boolean allowed = actor.admin() || entry.processId() != null && access.mayRead(actor, entry.processId());
        (allowed ? Verdict.ALLOWED : Verdict.refused("Only administrators, and the officers of its process, may read "
                + "this audit entry")).orForbid();
        return entry;
    }

    /** A tree size the log has signed, or will: no larger than its latest tree head. */
    private void requireSize(long treeSize) {
        long size = heads.latest().map(TreeHead::treeSize).orElse(0L);
        if (treeSize < 1 || treeSize > size) {
            throw InvalidInputException.of("treeSize",
                    "The tree size must be between 1 and the latest tree head's size, " + size);
        }
    }

    private static List<String> encode(List<byte[]> hashes) {
        return hashes.stream().map(B64::encodeToString).toList();
    }
}
