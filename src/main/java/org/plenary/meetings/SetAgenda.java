package org.plenary.meetings;

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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes the agenda of a meeting, numbered by position, provisional or adopted. */
@Service
public class SetAgenda {

    public record Command(ProcessId process, MeetingId meeting, AgendaStatus status,
            List<AgendaNumbering.Draft> items) {
    }

    private final Processes processes;
    private final MeetingRepository meetings;
    private final AuditLog audit;
    private final MeetingChanges changes;

    SetAgenda(Processes processes, MeetingRepository meetings, AuditLog audit, MeetingChanges changes) {
        this.changes = changes;
        this.processes = processes;
        this.meetings = meetings;
        this.audit = audit;
    }

    @Transactional
    public Meeting execute(Command c) {
        Process process = processes.require(c.process());
        MeetingPolicy.mayManage(processes.roleOf(process.id(), Actor.require())).orForbid();
        Meeting meeting = meetings.lockIn(process.id(), c.meeting());
        if (c.status() == null) {
            throw InvalidInputException.of("status", "The status is PROVISIONAL, ADOPTED or ADOPTED_AS_ORALLY_AMENDED");
        }
        List<AgendaItem> items = AgendaNumbering.number(c.items());
        meetings.replaceAgenda(meeting.id(), c.status(), items);
        changes.announce(meeting.id());
        audit.record(AuditRecord.changed("meetings.agenda.set", "meeting", meeting.id(), process.id().value(),
                Map.of("status", String.valueOf(meeting.agendaStatus()), "items", labels(meeting.agenda())),
                Map.of("status", c.status(), "items", labels(items))));
        return meetings.find(meeting.id()).orElseThrow();
    }

    private static List<String> labels(List<AgendaItem> items) {
        return items.stream().map(i -> i.label() + " " + i.title()).toList();
    }
}
