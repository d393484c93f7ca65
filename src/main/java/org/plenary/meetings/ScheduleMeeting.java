package org.plenary.meetings;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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

/** Convenes a meeting of a process, in the process's time zone. */
@Service
public class ScheduleMeeting {

    public record Command(ProcessId process, String title, MeetingKind kind, MeetingFormat format, Instant start,
            Instant end, String venue, String onlineUrl) {
    }

    private final Processes processes;
    private final MeetingRepository meetings;
    private final MeetingNotices notices;
    private final AuditLog audit;
    private final Clock clock;

    ScheduleMeeting(Processes processes, MeetingRepository meetings, MeetingNotices notices, AuditLog audit,
            Clock clock) {
        this.notices = notices;
        this.processes = processes;
        this.meetings = meetings;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Meeting execute(Command c) {
        Process process = processes.require(c.process());
        MeetingPolicy.mayManage(processes.roleOf(process.id(), Actor.require())).orForbid();
        String title = TextInput.line("title", c.title(), 300);
        if (c.kind() == null) {
            throw InvalidInputException.of("kind", "The kind is required (PREPARATORY_MEETING, INFORMAL_BRIEFING, …)");
        }
        if (c.format() == null) {
            throw InvalidInputException.of("format", "The format is IN_PERSON, VIRTUAL or HYBRID");
        }
        MeetingTimes.check(c.start(), c.end());
        String venue = TextInput.optionalLine("venue", c.venue(), 300);
        String onlineUrl = c.onlineUrl() == null || c.onlineUrl().isBlank() ? null : c.onlineUrl().strip();
        if (onlineUrl != null && (!onlineUrl.matches("https?://\\S+") || onlineUrl.length() > 500)) {
            throw InvalidInputException.of("onlineUrl", "An online link is an http(s) address");
        }
        Meeting meeting = new Meeting(new MeetingId(UUID.randomUUID()), process.id(), title, c.kind(), c.format(),
                c.start(), c.end(), process.timeZone(), venue, onlineUrl, MeetingStatus.SCHEDULED, null, List.of(), null,
                List.of(), clock.instant(), List.of(), Attendance.DEFAULT_SPEAKER_LIMIT, 0,
                meetings.nextNumber(process.id(), c.kind()));
        meetings.insert(meeting);
        notices.queue(process, meeting, MeetingNotices.Kind.CONVENED, null);
        audit.record(AuditRecord.created("meetings.meeting.scheduled", "meeting", meeting.id(), process.id().value(),
                Map.of("title", title, "kind", c.kind(), "start", c.start().toString(), "end", c.end().toString())));
        return meetings.find(meeting.id()).orElseThrow();
    }
}
