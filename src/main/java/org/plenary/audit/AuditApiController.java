package org.plenary.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.plenary.shared.Actor;
import org.plenary.shared.Verdict;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Audit", description = "The tamper-evident audit log")
class AuditApiController {

    private final AuditLog audit;

    AuditApiController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/api/v1/audit/verify")
    @Operation(summary = "Check the hash chain of the whole audit log (administrators)")
    AuditVerification verify() {
        (Actor.require().admin() ? Verdict.ALLOWED : Verdict.refused("Only administrators may verify the audit log"))
                .orForbid();
        return audit.verify();
    }
}
