package org.plenary.correspondence;

import java.util.Optional;
import org.plenary.processes.OfficerRole;
import org.plenary.shared.Verdict;

/** Officers draft letters; the Presidency signs and sends them; delegations read those addressed to them. */
final class CorrespondencePolicy {

    private CorrespondencePolicy() {
    }

    static Verdict mayDraft(Optional<OfficerRole> role) {
        return role.isPresent() ? Verdict.ALLOWED
                : Verdict.refused("Only the Presidency and the Secretariat of the process may write letters");
    }

    static Verdict mayWriteVersions(Optional<OfficerRole> role) {
        return role.isPresent() ? Verdict.ALLOWED
                : Verdict.refused("Only the Presidency and the Secretariat of the process may write language versions "
                        + "of letters");
    }

    static Verdict mayResend(Optional<OfficerRole> role) {
        return role.isPresent() ? Verdict.ALLOWED
                : Verdict.refused("Only the Presidency and the Secretariat of the process may resend e-mails of letters");
    }

    static Verdict maySend(Optional<OfficerRole> role) {
        return role.filter(r -> r == OfficerRole.PRESIDENCY).isPresent() ? Verdict.ALLOWED
                : Verdict.refused("Only the Presidency may send letters")
                        .withKey("refusal.correspondence.onlyPresidencySends");
    }
}
