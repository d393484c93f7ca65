package org.plenary.meetings;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.plenary.shared.TextInput;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The chair departs from the order of precedence of a speakers' list, for a reason that is kept (e.g. a
 * delegation that must leave early). The new order names every waiting delegation once; requests made later
 * follow them in order of precedence.
 */
@Service
public class ReorderSpeakersList {

    public record Command(ProcessId process, MeetingId meeting, String agendaItem, List<UUID> order, String reason) {
    }

    private final Processes processes;
    private final MeetingRepository meetings;
    private final Meetings reads;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final MeetingChanges changes;
    private final Clock clock;

    ReorderSpeakersList(Processes processes, MeetingRepository meetings, Meetings reads, JdbcClient jdbc,
            AuditLog audit, MeetingChanges changes, Clock clock) {
        this.processes = processes;
        this.meetings = meetings;
        this.reads = reads;
        this.jdbc = jdbc;
        this.audit = audit;
        this.changes = changes;
        this.clock = clock;
    }

    @Transactional
    public void execute(Command c) {
        Process process = processes.require(c.process());
        Actor actor = Actor.require();
        MeetingPolicy.mayReorderSpeakers(processes.roleOf(process.id(), actor)).orForbid();
        Meeting meeting = meetings.lockIn(process.id(), c.meeting());
        String label = AgendaNumbering.normalise(c.agendaItem());
        if (!meeting.hasItem(label)) {
            throw InvalidInputException.of("agendaItem", "The agenda has no item '" + c.agendaItem() + "'");
        }
        String reason = c.reason() == null ? "" : c.reason().strip();
        if (reason.isEmpty() || reason.length() > 1000) {
            throw InvalidInputException.of("reason", "The reason for the new order is required (at most 1000 characters)");
        }
        reason = TextInput.lines("reason", reason, 1000);
        if (meeting.status() == MeetingStatus.CANCELLED || meeting.status() == MeetingStatus.HELD) {
            throw new ConflictException("The meeting is " + meeting.status().name().toLowerCase()
                    + "; its speakers' lists are closed");
        }
        List<UUID> before = reads.speakers(process, meeting, label).stream().map(Speaker::participantId).toList();
        checkOrder(c.order(), before, label);
        for (int i = 0; i < c.order().size(); i++) {
            jdbc.sql("""
                    update speaker_inscription set position = :position
                     where meeting = :m and agenda_item = :i and participant = :p and withdrawn_at is null
                       and spoke_at is null and kind = 'STATEMENT'
                    """)
                    .param("position", i + 1).param("m", meeting.id().value()).param("i", label)
                    .param("p", c.order().get(i)).update();
        }
        jdbc.sql("insert into speakers_list (meeting, agenda_item) values (:m, :i) on conflict do nothing")
                .param("m", meeting.id().value()).param("i", label).update();
        jdbc.sql("""
                insert into speakers_list_reordering (meeting, agenda_item, seq, reason, participants, reordered_at,
                                                      reordered_by)
                select :m, :i, coalesce(max(seq), 0) + 1, :reason, :participants, :at, :by
                  from speakers_list_reordering where meeting = :m and agenda_item = :i
                """)
                .param("m", meeting.id().value()).param("i", label).param("reason", reason)
                .param("participants", c.order().toArray(UUID[]::new)).param("at", Timestamp.from(clock.instant()))
                .param("by", actor.username()).update();
        changes.announce(meeting.id());
        audit.record(AuditRecord.changed("meetings.speakers-list.reordered", "meeting", meeting.id(),
                process.id().value(), Map.of("agendaItem", label, "order", strings(before)),
                Map.of("agendaItem", label, "order", strings(c.order()), "reason", reason)));
    }

    /** The new order names each waiting delegation exactly once, and nobody else. */
    private static void checkOrder(List<UUID> order, List<UUID> waiting, String label) {
        if (order == null || order.isEmpty()) {
            throw InvalidInputException.of("order", "The new order of the waiting delegations is required");
        }
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < order.size(); i++) {
            UUID participant = order.get(i);
            if (participant == null || !waiting.contains(participant)) {
                throw InvalidInputException.of("order[" + i + "]", "This delegation is not waiting on the list of "
                        + "speakers for item " + label);
            }
            if (!seen.add(participant)) {
                throw InvalidInputException.of("order[" + i + "]", "A delegation appears twice in the new order");
            }
        }
        if (seen.size() != waiting.size()) {
            throw InvalidInputException.of("order", "The new order must name all " + waiting.size()
                    + " waiting delegations on item " + label);
        }
    }

    private static List<String> strings(List<UUID> ids) {
        return ids.stream().map(UUID::toString).toList();
    }
}
