package org.plenary.meetings;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.plenary.audit.AuditLog;
import org.plenary.audit.AuditRecord;
import org.plenary.processes.Process;
import org.plenary.processes.ProcessId;
import org.plenary.processes.Processes;
import org.plenary.shared.Actor;
import org.plenary.shared.ConflictException;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.MeetingId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inscribes the delegate's State or organisation on the speakers' list of an agenda item, or records its point of
 * order or its request for a right of reply on the item, if its category entitles it to ({@link FloorRules}).
 */
@Service
public class AskForTheFloor {

    public record Command(ProcessId process, MeetingId meeting, String agendaItem, InterventionKind kind) {

        /** A request for the floor for a statement. */
        public Command(ProcessId process, MeetingId meeting, String agendaItem) {
            this(process, meeting, agendaItem, InterventionKind.STATEMENT);
        }
    }

    private static final Map<InterventionKind, String> AUDITED = Map.of(
            InterventionKind.STATEMENT, "meetings.speaker.inscribed",
            InterventionKind.POINT_OF_ORDER, "meetings.point-of-order.raised",
            InterventionKind.RIGHT_OF_REPLY, "meetings.reply.asked");

    private final Processes processes;
    private final MeetingRepository meetings;
    private final Meetings reads;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final MeetingChanges changes;
    private final Clock clock;

    AskForTheFloor(Processes processes, MeetingRepository meetings, Meetings reads, JdbcClient jdbc, AuditLog audit,
            Clock clock, MeetingChanges changes) {
        this.reads = reads;
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
        if (c.kind() == null) {
            throw InvalidInputException.of("kind", "Say what the floor is asked for: STATEMENT, POINT_OF_ORDER or "
                    + "RIGHT_OF_REPLY");
        }
        Meeting meeting = meetings.lockIn(process.id(), c.meeting());
        String label = AgendaNumbering.normalise(c.agendaItem());
        if (!meeting.hasItem(label)) {
            throw InvalidInputException.of("agendaItem", "The agenda has no item '" + c.agendaItem() + "'");
        }
        if (meeting.status() == MeetingStatus.CANCELLED || meeting.status() == MeetingStatus.HELD) {
            throw new ConflictException("The meeting is " + meeting.status().name().toLowerCase()
                    + "; its speakers' lists are closed");
        }
        FloorRules.mayAsk(c.kind(), reads.categoryOf(process, meeting, actor.participantId())).orForbid();
        boolean closed = c.kind() == InterventionKind.STATEMENT && jdbc.sql("""
                select exists (select 1 from speakers_list where meeting = :m and agenda_item = :i and closed_at is not null)
                """).param("m", meeting.id().value()).param("i", label).query(Boolean.class).single();
        if (closed) {
            throw new ConflictException("The list of speakers for item " + label + " is closed")
                    .withKey("refusal.meeting.listClosed", label);
        }
        Instant now = clock.instant();
        try {
            jdbc.sql("""
                    insert into speaker_inscription (id, meeting, agenda_item, participant, requested_at, requested_by, kind)
                    values (:id, :meeting, :item, :participant, :at, :by, :kind)
                    """)
                    .param("id", UUID.randomUUID()).param("meeting", meeting.id().value()).param("item", label)
                    .param("participant", actor.participantId()).param("at", Timestamp.from(now))
                    .param("by", actor.username()).param("kind", c.kind().name())
                    .update();
        } catch (DuplicateKeyException alreadyInscribed) {
            throw switch (c.kind()) {
                case STATEMENT -> new ConflictException("Your delegation is already on the list of speakers for item "
                        + label).withKey("refusal.meeting.alreadyInscribed", label);
                case POINT_OF_ORDER -> new ConflictException("Your delegation's point of order on item " + label
                        + " is still waiting to be heard").withKey("refusal.meeting.pointOfOrderWaiting", label);
                case RIGHT_OF_REPLY -> new ConflictException("Your delegation's right of reply on item " + label
                        + " is still waiting to be heard").withKey("refusal.meeting.replyWaiting", label);
            };
        }
        changes.announce(meeting.id());
        audit.record(AuditRecord.created(AUDITED.get(c.kind()), "meeting", meeting.id(), process.id().value(),
                Map.of("agendaItem", label, "participant", actor.participantId().toString(), "kind", c.kind().name())));
        return label;
    }
}
