package org.plenary.consultations;

import java.util.Optional;
import org.plenary.processes.OfficerRole;
import org.plenary.shared.Actor;
import org.plenary.shared.Verdict;

/**
 * Officers open, close, extend and compile consultations and draft the revision; the delegates of a participant
 * give its views, and speak for a group only if their participant is one of its members.
 */
final class ConsultationPolicy {

    static final String OFFICERS = "Only the Presidency and the Secretariat of the process may run consultations";
    static final String PRESIDENCY = "Only the Presidency may draft and issue the revised text";
    static final String DELEGATES = "Only the delegate of a State or organisation may give views in a consultation";
    static final String OWN_GROUP = "A delegation may speak on behalf of a group only if it is one of its members";

    private ConsultationPolicy() {
    }

    static Verdict mayRun(Optional<OfficerRole> role) {
        return role.isPresent() ? Verdict.ALLOWED : Verdict.refused(OFFICERS);
    }

    static Verdict mayRevise(Optional<OfficerRole> role) {
        return role.filter(r -> r == OfficerRole.PRESIDENCY).isPresent() ? Verdict.ALLOWED
                : Verdict.refused(PRESIDENCY);
    }

    static Verdict maySubmit(Actor actor) {
        return actor.delegate() ? Verdict.ALLOWED : Verdict.refused(DELEGATES);
    }

    static Verdict maySpeakFor(Actor actor, Submission.Group group) {
        return group == null || group.members().stream().anyMatch(m -> m.participant().equals(actor.participantId()))
                ? Verdict.ALLOWED : Verdict.refused(OWN_GROUP);
    }
}
