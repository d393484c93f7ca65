package org.plenary.meetings;

import java.time.Clock;
import java.util.Map;
import org.plenary.audit.AuditLog;
import org.plenary.audit.AuditRecord;
import org.plenary.processes.Process;
import org.plenary.processes.ProcessId;
import org.plenary.processes.Processes;
import org.plenary.shared.Actor;
import org.plenary.shared.ConflictException;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.MeetingId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Ends the life of a meeting: cancelled, or held (once it has started). */
@Service
public class CloseMeeting {

    public record Command(ProcessId process, MeetingId meeting, MeetingStatus outcome) {
    }

    private final Processes processes;
    private final MeetingRepository meetings;
    private final AuditLog audit;
    private final MeetingChanges changes;
    private final MeetingNotices notices;
    private final Clock clock;

    CloseMeeting(Processes processes, MeetingRepository meetings, AuditLog audit, Clock clock, MeetingChanges changes,
            MeetingNotices notices) {
        this.notices = notices;
        this.changes = changes;
        this.processes = processes;
        this.meetings = meetings;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Meeting execute(Command c) {
        Process process = processes.require(c.process());
        MeetingPolicy.mayManage(processes.roleOf(process.id(), Actor.require())).orForbid();
        if (c.outcome() != MeetingStatus.CANCELLED && c.outcome() != MeetingStatus.HELD) {
            throw InvalidInputException.of("status", "A meeting is closed as CANCELLED or HELD");
        }
        Meeting meeting = meetings.lockIn(process.id(), c.meeting());
        MeetingStatus status = meeting.status().to(c.outcome());
        if (status == MeetingStatus.HELD && clock.instant().isBefore(meeting.start())) {
            throw new ConflictException("A meeting cannot be marked held before it starts");
        }
        meetings.changeStatus(meeting.id(), status);
        if (status == MeetingStatus.CANCELLED) {
            notices.queue(process, meeting, MeetingNotices.Kind.CANCELLED, null);
        }
        changes.announce(meeting.id());
        audit.record(AuditRecord.changed("meetings.meeting." + status.name().toLowerCase(), "meeting", meeting.id(),
                process.id().value(), Map.of("status", meeting.status()), Map.of("status", status)));
        return meetings.find(meeting.id()).orElseThrow();
    }
}
