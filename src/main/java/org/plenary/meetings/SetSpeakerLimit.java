package org.plenary.meetings;

import java.util.Map;
import org.plenary.audit.AuditLog;
import org.plenary.audit.AuditRecord;
import org.plenary.processes.Process;
import org.plenary.processes.ProcessId;
import org.plenary.processes.Processes;
import org.plenary.shared.Actor;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.MeetingId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sets how many speakers a delegation may register for a virtual or hybrid meeting. Registrations already made
 * stand; the new limit applies to the next one.
 */
@Service
public class SetSpeakerLimit {

    public record Command(ProcessId process, MeetingId meeting, Integer speakerLimit) {
    }

    private final Processes processes;
    private final MeetingRepository meetings;
    private final AuditLog audit;
    private final MeetingChanges changes;

    SetSpeakerLimit(Processes processes, MeetingRepository meetings, AuditLog audit, MeetingChanges changes) {
        this.processes = processes;
        this.meetings = meetings;
        this.audit = audit;
        this.changes = changes;
    }

    @Transactional
    public Meeting execute(Command c) {
        Process process = processes.require(c.process());
        MeetingPolicy.mayManage(processes.roleOf(process.id(), Actor.require())).orForbid();
        Meeting meeting = meetings.lockIn(process.id(), c.meeting());
        if (c.speakerLimit() == null || c.speakerLimit() < 0 || c.speakerLimit() > Attendance.MOST_SPEAKERS) {
            throw InvalidInputException.of("speakerLimit", "The speaker limit is a number from 0 to "
                    + Attendance.MOST_SPEAKERS);
        }
        meetings.setSpeakerLimit(meeting.id(), c.speakerLimit());
        changes.announce(meeting.id());
        audit.record(AuditRecord.changed("meetings.attendance.settings", "meeting", meeting.id(), process.id().value(),
                Map.of("speakerLimit", meeting.speakerLimit()), Map.of("speakerLimit", c.speakerLimit())));
        return meetings.find(meeting.id()).orElseThrow();
    }
}
