package org.plenary.audit;

import java.util.List;

/**
 * The result of checking the whole log: {@code entries} integrated entries and {@code treeHeads} signed tree heads
 * checked; when {@code valid} is false, {@code problems} says what differs.
 */
public record AuditVerification(boolean valid, long entries, long treeHeads, List<String> problems) {

    static AuditVerification of(long entries, long treeHeads, List<String> problems) {
        return new AuditVerification(problems.isEmpty(), entries, treeHeads, List.copyOf(problems));
    }
}
