package org.plenary.meetings;

import java.util.List;
import java.util.Map;
import org.plenary.audit.AuditLog;
import org.plenary.audit.AuditRecord;
import org.plenary.processes.Process;
import org.plenary.processes.ProcessId;
import org.plenary.processes.Processes;
import org.plenary.shared.Actor;
import org.plenary.shared.MeetingId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Replaces the sessions of a meeting (e.g. 10:00–12:00 and 13:00–15:00), within it and not overlapping. */
@Service
public class SetSessions {

    public record Command(ProcessId process, MeetingId meeting, List<Session> sessions) {
    }

    private final Processes processes;
    private final MeetingRepository meetings;
    private final AuditLog audit;
    private final MeetingChanges changes;

    SetSessions(Processes processes, MeetingRepository meetings, AuditLog audit, MeetingChanges changes) {
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
        SessionRules.check(meeting.start(), meeting.end(), c.sessions());
        meetings.replaceSessions(meeting.id(), c.sessions());
        changes.announce(meeting.id());
        audit.record(AuditRecord.changed("meetings.sessions.set", "meeting", meeting.id(), process.id().value(),
                Map.of("sessions", times(meeting.sessions())), Map.of("sessions", times(c.sessions()))));
        return meetings.find(meeting.id()).orElseThrow();
    }

    private static List<String> times(List<Session> sessions) {
        return SessionRules.inOrder(sessions).stream().map(s -> s.start() + "/" + s.end()).toList();
    }
}
