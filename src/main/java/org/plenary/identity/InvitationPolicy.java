package org.plenary.identity;

import org.plenary.roster.ParticipantId;
import org.plenary.shared.Actor;
import org.plenary.shared.Verdict;

/** Who may invite whom: administrators anybody; officers the delegates of their processes' participants. */
final class InvitationPolicy {

    static final String REFUSAL = "Only administrators, and officers for the delegates of their processes' participants, "
            + "may invite";

    private InvitationPolicy() {
    }

    static Verdict mayInvite(Actor actor, ParticipantId participant, OfficerDirectory officers) {
        if (actor.admin()) {
            return Verdict.ALLOWED;
        }
        if (participant != null && officers.servesProcessOf(new AccountId(actor.accountId()), participant)) {
            return Verdict.ALLOWED;
        }
        return Verdict.refused(REFUSAL).withKey("refusal.invitation");
    }
}
