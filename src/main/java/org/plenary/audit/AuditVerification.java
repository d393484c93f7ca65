package org.plenary.audit;

/**
 * The result of checking the whole chain. {@code firstInvalidSeq} and {@code problem} say where and what
 * went wrong when {@code valid} is false.
 */
public record AuditVerification(boolean valid, long entries, Long firstInvalidSeq, String problem) {

    static AuditVerification ok(long entries) {
        return new AuditVerification(true, entries, null, null);
    }

    static AuditVerification broken(long entries, long seq, String problem) {
        return new AuditVerification(false, entries, seq, problem);
    }
}
