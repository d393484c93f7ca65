package org.plenary.meetings;

import java.util.Optional;
import org.plenary.processes.OfficerRole;
import org.plenary.shared.Actor;
import org.plenary.shared.Verdict;

/** Officers run meetings and their agendas; delegations register their attendees and ask for the floor. */
final class MeetingPolicy {

    private MeetingPolicy() {
    }

    static Verdict mayManage(Optional<OfficerRole> role) {
        return role.isPresent() ? Verdict.ALLOWED
                : Verdict.refused("Only the Presidency and the Secretariat of the process may manage its meetings");
    }

    static Verdict mayReorderSpeakers(Optional<OfficerRole> role) {
        return role.isPresent() ? Verdict.ALLOWED : Verdict.refused("Only officers may reorder the list of speakers")
                .withKey("refusal.meeting.onlyOfficersReorder");
    }

    static Verdict mayRegisterAttendance(Actor actor) {
        return actor.delegate() ? Verdict.ALLOWED
                : Verdict.refused("Only delegates of a State or organisation may register who attends for it");
    }

    static Verdict mayAskForTheFloor(Actor actor) {
        return actor.delegate() ? Verdict.ALLOWED
                : Verdict.refused("Only delegates of a State or organisation may ask for the floor")
                        .withKey("refusal.meeting.onlyDelegatesFloor");
    }
}
