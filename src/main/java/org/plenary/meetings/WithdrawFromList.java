package org.plenary.meetings;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import org.plenary.audit.AuditLog;
import org.plenary.audit.AuditRecord;
import org.plenary.processes.Process;
import org.plenary.processes.ProcessId;
import org.plenary.processes.Processes;
import org.plenary.shared.Actor;
import org.plenary.shared.MeetingId;
import org.plenary.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A delegation withdraws its request for the floor, its point of order or its right of reply on an agenda item before it is heard. */
@Service
public class WithdrawFromList {

    private final Processes processes;
    private final MeetingRepository meetings;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final MeetingChanges changes;
    private final Clock clock;

    WithdrawFromList(Processes processes, MeetingRepository meetings, JdbcClient jdbc, AuditLog audit,
            Clock clock, MeetingChanges changes) {
        this.changes = changes;
        this.processes = processes;
        this.meetings = meetings;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public void execute(ProcessId processId, MeetingId meetingId, String agendaItem, InterventionKind kind) {
        Process process = processes.require(processId);
        Actor actor = Actor.require();
        MeetingPolicy.mayAskForTheFloor(actor).orForbid();
        Meeting meeting = meetings.find(meetingId).filter(m -> m.process().equals(process.id()))
                .orElseThrow(() -> new NotFoundException("Meeting", meetingId));
        String label = AgendaNumbering.normalise(agendaItem);
        int withdrawn = jdbc.sql("""
                update speaker_inscription set withdrawn_at = :at
                 where meeting = :m and agenda_item = :i and participant = :p and withdrawn_at is null and spoke_at is null
                   and kind = :kind
                """)
                .param("at", Timestamp.from(clock.instant())).param("m", meeting.id().value()).param("i", label)
                .param("p", actor.participantId()).param("kind", kind.name()).update();
        if (withdrawn == 0) {
            throw new NotFoundException("Request for the floor on item", label);
        }
        changes.announce(meeting.id());
        audit.record(AuditRecord.changed("meetings.speaker.withdrawn", "meeting", meeting.id(), process.id().value(),
                Map.of("agendaItem", label, "participant", actor.participantId().toString()),
                Map.of("withdrawn", true, "kind", kind.name())));
    }
}
