package org.plenary.meetings;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.plenary.audit.AuditLog;
import org.plenary.audit.AuditRecord;
import org.plenary.processes.Process;
import org.plenary.processes.ProcessId;
import org.plenary.processes.Processes;
import org.plenary.roster.ParticipantId;
import org.plenary.shared.Actor;
import org.plenary.shared.ConflictException;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.MeetingId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The chair's handling of a speakers' list: take up its agenda item (the live view shows it), close it to new
 * requests (or reopen it), set the time limit of an intervention, and give the floor, to the next speaker or to a
 * waiting delegation, in the order of {@link FloorRules}; the delegation heard leaves the waiting list.
 */
@Service
public class ManageSpeakersList {

    public record Command(ProcessId process, MeetingId meeting, String agendaItem, Boolean current, Boolean closed,
            Duration timeLimit, Floor floor) {
    }

    /**
     * Whom the chair gives the floor to: a delegation on what it asked for ({@code kind}, or when null its first
     * request in the order of the floor), or with no delegation named, the next speaker.
     */
    public record Floor(ParticipantId participant, InterventionKind kind) {

        public static final Floor NEXT = new Floor(null, null);
    }

    private final Processes processes;
    private final MeetingRepository meetings;
    private final Meetings reads;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final MeetingChanges changes;
    private final Clock clock;

    ManageSpeakersList(Processes processes, MeetingRepository meetings, Meetings reads, JdbcClient jdbc,
            AuditLog audit, Clock clock, MeetingChanges changes) {
        this.reads = reads;
        this.changes = changes;
        this.processes = processes;
        this.meetings = meetings;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public void execute(Command c) {
        Process process = processes.require(c.process());
        Actor actor = Actor.require();
        MeetingPolicy.mayManage(processes.roleOf(process.id(), actor)).orForbid();
        Meeting meeting = meetings.lockIn(process.id(), c.meeting());
        String label = AgendaNumbering.normalise(c.agendaItem());
        if (!meeting.hasItem(label)) {
            throw InvalidInputException.of("agendaItem", "The agenda has no item '" + c.agendaItem() + "'");
        }
        Instant now = clock.instant();
        jdbc.sql("insert into speakers_list (meeting, agenda_item) values (:m, :i) on conflict do nothing")
                .param("m", meeting.id().value()).param("i", label).update();
        Map<String, Object> after = new HashMap<>();
        if (Boolean.TRUE.equals(c.current())) {
            meetings.setCurrentItem(meeting.id(), label);
            after.put("current", true);
        }
        if (c.closed() != null) {
            jdbc.sql("update speakers_list set closed_at = :at, closed_by = :by where meeting = :m and agenda_item = :i")
                    .param("at", c.closed() ? Timestamp.from(now) : null).param("by", c.closed() ? actor.username() : null)
                    .param("m", meeting.id().value()).param("i", label).update();
            after.put("closed", c.closed());
        }
        if (c.timeLimit() != null) {
            long seconds = c.timeLimit().toSeconds();
            if (seconds < 30 || seconds > 3600) {
                throw InvalidInputException.of("timeLimit", "A time limit is between 30 seconds and 1 hour");
            }
            jdbc.sql("update speakers_list set time_limit_seconds = :s where meeting = :m and agenda_item = :i")
                    .param("s", seconds).param("m", meeting.id().value()).param("i", label).update();
            after.put("timeLimit", c.timeLimit().toString());
        }
        if (c.floor() != null) {
            FloorRules.Request heard = giveFloor(process, meeting, label, c.floor(), now);
            after.put("floor", heard.speaker().participantId().toString());
            after.put("floorKind", heard.kind().name());
        }
        changes.announce(meeting.id());
        audit.record(AuditRecord.changed("meetings.speakers-list.changed", "meeting", meeting.id(), process.id().value(),
                Map.of("agendaItem", label), after));
    }

    private FloorRules.Request giveFloor(Process process, Meeting meeting, String label, Floor floor, Instant now) {
        SpeakersListState list = reads.listState(process, meeting, label);
        FloorRules.Request heard = floor.participant() == null
                ? FloorRules.next(list).orElseThrow(() -> new ConflictException("Nobody waits to speak on item "
                        + label).withKey("refusal.meeting.nobodyWaits", label))
                : waitingRequest(list, floor).orElseThrow(() -> new ConflictException("This delegation is not "
                        + "waiting to speak on item " + label).withKey("refusal.meeting.notWaiting", label));
        FloorRules.checkTurn(heard.kind(), list);
        UUID participant = heard.speaker().participantId();
        jdbc.sql("""
                update speaker_inscription set spoke_at = :at
                 where meeting = :m and agenda_item = :i and participant = :p and kind = :kind
                   and withdrawn_at is null and spoke_at is null
                """)
                .param("at", Timestamp.from(now)).param("m", meeting.id().value()).param("i", label)
                .param("p", participant).param("kind", heard.kind().name()).update();
        jdbc.sql("""
                update speakers_list set floor_participant = :p, floor_given_at = :at, floor_kind = :kind
                 where meeting = :m and agenda_item = :i
                """)
                .param("p", participant).param("at", Timestamp.from(now)).param("kind", heard.kind().name())
                .param("m", meeting.id().value()).param("i", label).update();
        return heard;
    }

    /** The named delegation's waiting request: of the kind named, or its first in the order of the floor. */
    private static Optional<FloorRules.Request> waitingRequest(SpeakersListState list, Floor floor) {
        UUID named = floor.participant().value();
        return FloorRules.ORDER.stream().filter(kind -> floor.kind() == null || floor.kind() == kind)
                .flatMap(kind -> list.of(kind).stream().filter(s -> s.participantId().equals(named))
                        .map(s -> new FloorRules.Request(s, kind)))
                .findFirst();
    }
}
