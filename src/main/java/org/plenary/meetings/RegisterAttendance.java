package org.plenary.meetings;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.plenary.audit.AuditLog;
import org.plenary.audit.AuditRecord;
import org.plenary.processes.Process;
import org.plenary.processes.ProcessId;
import org.plenary.processes.Processes;
import org.plenary.shared.Actor;
import org.plenary.shared.ConflictException;
import org.plenary.shared.MeetingId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Replaces the list of who attends a meeting for the delegate's State or organisation. */
@Service
public class RegisterAttendance {

    public record Command(ProcessId process, MeetingId meeting, List<Attendance.Attendee> attendees) {
    }

    private final Processes processes;
    private final MeetingRepository meetings;
    private final AttendanceRepository attendance;
    private final AuditLog audit;
    private final MeetingChanges changes;
    private final Clock clock;

    RegisterAttendance(Processes processes, MeetingRepository meetings, AttendanceRepository attendance,
            AuditLog audit, MeetingChanges changes, Clock clock) {
        this.processes = processes;
        this.meetings = meetings;
        this.attendance = attendance;
        this.audit = audit;
        this.changes = changes;
        this.clock = clock;
    }

    @Transactional
    public List<Attendance.Attendee> execute(Command c) {
        Process process = processes.require(c.process());
        Actor actor = Actor.require();
        MeetingPolicy.mayRegisterAttendance(actor).orForbid();
        Meeting meeting = meetings.lockIn(process.id(), c.meeting());
        if (meeting.status() == MeetingStatus.CANCELLED || meeting.status() == MeetingStatus.HELD) {
            throw new ConflictException("The meeting is " + meeting.status().name().toLowerCase()
                    + "; its registration is closed");
        }
        List<Attendance.Attendee> attendees = Attendance.check(meeting.format(), meeting.speakerLimit(), c.attendees());
        List<Attendance.Attendee> before = attendance.of(meeting.id(), actor.participantId());
        attendance.replace(meeting.id(), actor.participantId(), attendees, clock.instant(), actor.username());
        changes.announce(meeting.id());
        audit.record(AuditRecord.changed("meetings.attendance.registered", "meeting", meeting.id(),
                process.id().value(), Map.of("participant", actor.participantId().toString(), "attendees", before),
                Map.of("participant", actor.participantId().toString(), "attendees", attendees)));
        return attendees;
    }
}
