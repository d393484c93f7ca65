package org.plenary.meetings;

import java.time.Instant;
import java.util.List;
import org.plenary.processes.Process;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.MeetingId;
import org.plenary.silence.MeetingsToMove;
import org.springframework.stereotype.Component;

/** The meetings a silence procedure may move, and whether meetings' rules let one move to given dates now. */
@Component
class MeetingsForSilence implements MeetingsToMove {

    private final MeetingRepository meetings;

    MeetingsForSilence(MeetingRepository meetings) {
        this.meetings = meetings;
    }

    @Override
    public List<MeetingsToMove.Meeting> of(Process process) {
        return meetings.byProcess(process.id()).stream()
                .map(m -> new MeetingsToMove.Meeting(m.id().value(), m.title(), m.start(), m.timeZone())).toList();
    }

    @Override
    public void checkMove(Process process, MeetingId id, Instant start, Instant end) {
        org.plenary.meetings.Meeting meeting = meetings.find(id)
                .filter(m -> m.process().equals(process.id()))
                .orElseThrow(() -> InvalidInputException.of("meetingId", "'" + id + "' is not a meeting of this process"));
        if (!meeting.status().next().contains(MeetingStatus.SCHEDULED)) {
            throw InvalidInputException.of("meetingId", "The meeting is " + meeting.status() + " and cannot be moved");
        }
        MeetingTimes.check(start, end);
    }
}
