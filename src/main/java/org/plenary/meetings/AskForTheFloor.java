package org.plenary.meetings;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.plenary.audit.AuditLog;
import org.plenary.audit.AuditRecord;
import org.plenary.processes.Process;
import org.plenary.processes.Processes;
import org.plenary.shared.Actor;
import org.plenary.shared.ConflictException;
import org.plenary.shared.InvalidInputException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Inscribes the delegate's State or organisation on the speakers' list of an agenda item. */
@Service
public class AskForTheFloor {

    public record Command(String process, MeetingId meeting, String agendaItem) {
    }

    private final Processes processes;
    private final MeetingRepository meetings;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final MeetingChanges changes;
    private final Clock clock;

    AskForTheFloor(Processes processes, MeetingRepository meetings, JdbcClient jdbc, AuditLog audit,
            Clock clock, MeetingChanges changes) {
        this.changes = changes;
        this.processes = processes;
        this.meetings = meetings;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public String execute(Command c) {
        Process process = processes.require(c.process());
        Actor actor = Actor.require();
        MeetingPolicy.mayAskForTheFloor(actor).orForbid();
        Meeting meeting = meetings.lockIn(process.id(), c.meeting());
        String label = AgendaNumbering.normalise(c.agendaItem());
        if (!meeting.hasItem(label)) {
            throw InvalidInputException.of("agendaItem", "The agenda has no item '" + c.agendaItem() + "'");
        }
        if (meeting.status() == MeetingStatus.CANCELLED || meeting.status() == MeetingStatus.HELD) {
            throw new ConflictException("The meeting is " + meeting.status().name().toLowerCase()
                    + "; its speakers' lists are closed");
        }
        boolean closed = jdbc.sql("""
                select exists (select 1 from speakers_list where meeting = :m and agenda_item = :i and closed_at is not null)
                """).param("m", meeting.id().value()).param("i", label).query(Boolean.class).single();
        if (closed) {
            throw new ConflictException("The list of speakers for item " + label + " is closed")
                    .withKey("refusal.meeting.listClosed", label);
        }
        Instant now = clock.instant();
        try {
            jdbc.sql("""
                    insert into speaker_inscription (id, meeting, agenda_item, participant, requested_at, requested_by)
                    values (:id, :meeting, :item, :participant, :at, :by)
                    """)
                    .param("id", UUID.randomUUID()).param("meeting", meeting.id().value()).param("item", label)
                    .param("participant", actor.participantId()).param("at", Timestamp.from(now))
                    .param("by", actor.username())
                    .update();
        } catch (DuplicateKeyException alreadyInscribed) {
            throw new ConflictException("Your delegation is already on the list of speakers for item " + label)
                    .withKey("refusal.meeting.alreadyInscribed", label);
        }
        changes.announce(meeting.id());
        audit.record(AuditRecord.created("meetings.speaker.inscribed", "meeting", meeting.id(), process.id().value(),
                Map.of("agendaItem", label, "participant", actor.participantId().toString())));
        return label;
    }
}
