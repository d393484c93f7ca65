package org.plenary.meetings;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.plenary.audit.AuditLog;
import org.plenary.audit.AuditRecord;
import org.plenary.processes.Process;
import org.plenary.processes.ProcessId;
import org.plenary.processes.Processes;
import org.plenary.shared.Actor;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.MeetingId;
import org.plenary.shared.TextInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves a meeting to new dates, or postpones it until they are known (no new dates). The history keeps the
 * dates it had, the reason, and the decision that moved it (e.g. a silence procedure). Its sessions move with
 * it by the same offset; a move that would leave a session outside the meeting is refused.
 */
@Service
public class RescheduleMeeting {

    public record Command(ProcessId process, MeetingId meeting, Instant newStart, Instant newEnd, String reason,
            String decision) {
    }

    private final Processes processes;
    private final MeetingRepository meetings;
    private final MeetingNotices notices;
    private final AuditLog audit;
    private final MeetingChanges changes;
    private final Clock clock;

    RescheduleMeeting(Processes processes, MeetingRepository meetings, MeetingNotices notices, AuditLog audit,
            Clock clock, MeetingChanges changes) {
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
        Actor actor = Actor.require();
        MeetingPolicy.mayManage(processes.roleOf(process.id(), actor)).orForbid();
        return reschedule(process, c, actor.username(), clock.instant());
    }

    /**
     * Applies a decision that the process took by itself, such as a silence procedure adopted at its deadline
     * ({@link SilenceDecisions}) at {@code at}: the decision ({@code c.decision()}) is the authority, and the
     * history names it.
     */
    Meeting byDecision(Process process, Command c, Instant at) {
        return reschedule(process, c, "system", at);
    }

    private Meeting reschedule(Process process, Command c, String changedBy, Instant at) {
        Meeting meeting = meetings.lockIn(process.id(), c.meeting());
        boolean postpone = c.newStart() == null && c.newEnd() == null;
        if (!postpone) {
            MeetingTimes.check(c.newStart(), c.newEnd());
        }
        String reason = TextInput.lines("reason", c.reason(), 1000);
        String decision = TextInput.optionalLine("decision", c.decision(), 300);
        MeetingStatus status = meeting.status().to(postpone ? MeetingStatus.POSTPONED : MeetingStatus.SCHEDULED);
        List<Session> sessions = postpone ? meeting.sessions() : moved(meeting, c.newStart(), c.newEnd());
        meetings.changeDates(meeting.id(), new Meeting.DateChange(meeting.start(), meeting.end(), c.newStart(),
                c.newEnd(), reason, decision, at, changedBy), status);
        Map<String, Object> after = new HashMap<>(Map.of("status", status, "reason", reason));
        if (!postpone) {
            after.put("start", c.newStart().toString());
            after.put("end", c.newEnd().toString());
            if (!sessions.isEmpty()) {
                meetings.replaceSessions(meeting.id(), sessions);
                after.put("sessions", sessions.stream().map(s -> s.start() + "/" + s.end()).toList());
            }
        }
        if (postpone) {
            notices.queue(process, meeting, MeetingNotices.Kind.POSTPONED, reason);
        } else {
            notices.queue(process, meetings.find(meeting.id()).orElseThrow(), MeetingNotices.Kind.MOVED, reason);
        }
        changes.announce(meeting.id());
        audit.record(AuditRecord.changed("meetings.meeting." + (postpone ? "postponed" : "rescheduled"), "meeting",
                meeting.id(), process.id().value(), Map.of("status", meeting.status(), "start",
                        meeting.start().toString(), "end", meeting.end().toString()), after));
        return meetings.find(meeting.id()).orElseThrow();
    }

    /**
     * The sessions moved by as much as the start of the meeting, so that a sitting from 10:00 to 12:00 on the
     * first day stays one. A move that would leave a session outside the new dates (a meeting made shorter) is
     * refused: the officers set the sessions again first.
     */
    private static List<Session> moved(Meeting meeting, Instant newStart, Instant newEnd) {
        Duration offset = Duration.between(meeting.start(), newStart);
        List<Session> sessions = meeting.sessions().stream()
                .map(s -> new Session(s.start().plus(offset), s.end().plus(offset))).toList();
        for (int i = 0; i < sessions.size(); i++) {
            if (sessions.get(i).start().isBefore(newStart) || sessions.get(i).end().isAfter(newEnd)) {
                throw InvalidInputException.of("end", "Moved with the meeting, session " + (i + 1)
                        + " would end after it; change the sessions first");
            }
        }
        return sessions;
    }
}
