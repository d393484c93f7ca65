package org.plenary.contacts;

import org.plenary.roster.ParticipantId;
import org.plenary.shared.Actor;
import org.plenary.shared.Verdict;

/**
 * Who keeps the contacts of a State or organisation: administrators, the officers of any process (who write to
 * it), and its own delegates, who see and correct their delegation's addresses. Bulk import and export of every
 * contact are for administrators.
 */
final class ContactPolicy {

    static final String KEEP = "Only administrators, officers and the participant's own delegates may see or change "
            + "its contacts";
    static final String BULK = "Only administrators may import or export every contact";

    private ContactPolicy() {
    }

    static Verdict mayKeep(Actor actor, boolean officer, ParticipantId participant) {
        return actor.admin() || officer || participant.value().equals(actor.participantId())
                ? Verdict.ALLOWED : Verdict.refused(KEEP);
    }

    static Verdict mayKeepAll(Actor actor) {
        return actor.admin() ? Verdict.ALLOWED : Verdict.refused(BULK);
    }
}
