package org.plenary.meetings;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.plenary.processes.Process;
import org.plenary.processes.Processes;
import org.plenary.roster.Category;
import org.plenary.roster.ParticipantId;
import org.plenary.roster.Standing;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.LanguageVersions;
import org.plenary.shared.MeetingId;
import org.plenary.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads meetings and their speakers' lists. */
@Service
@Transactional(readOnly = true)
@NamedInterface("api")
public class Meetings {

    private final Processes processes;
    private final MeetingRepository meetings;
    private final MeetingVersionRepository versions;
    private final JdbcClient jdbc;

    Meetings(Processes processes, MeetingRepository meetings, MeetingVersionRepository versions, JdbcClient jdbc) {
        this.processes = processes;
        this.meetings = meetings;
        this.versions = versions;
        this.jdbc = jdbc;
    }

    /** The meeting's original language and its versions (title, agenda items) in other languages. */
    public LanguageVersions<MeetingText> versions(Meeting meeting) {
        return versions.of(meeting);
    }

    /** The titles of the process's meetings that have a version in {@code language}, by meeting id. */
    public Map<UUID, String> titles(Process process, String language) {
        return versions.titles(process.id(), language);
    }

    public List<Meeting> of(Process process) {
        return meetings.byProcess(process.id());
    }

    public Meeting require(Process process, MeetingId id) {
        return meetings.find(id).filter(m -> m.process().equals(process.id()))
                .orElseThrow(() -> new NotFoundException("Meeting", id));
    }

    /** An agenda item of a meeting on whose speakers' list a participant waits. */
    public record Inscription(MeetingId meeting, String agendaItem) {
    }

    /** The speakers' lists of the process's meetings on which the participant waits to speak. */
    public List<Inscription> waitingLists(Process process, ParticipantId participant) {
        return jdbc.sql("""
                select i.meeting, i.agenda_item from speaker_inscription i join meeting m on m.id = i.meeting
                 where m.process = :process and i.participant = :participant and i.kind = 'STATEMENT'
                   and i.withdrawn_at is null and i.spoke_at is null
                 order by m.starts_at, i.agenda_item
                """)
                .param("process", process.id().value()).param("participant", participant.value())
                .query((rs, n) -> new Inscription(new MeetingId(rs.getObject(1, UUID.class)), rs.getString(2)))
                .list();
    }

    /**
     * Whether the list is closed, the time limit, who has the floor since when and on what, the points of order
     * and rights of reply waiting (by time of request), and who waits on the list, in order.
     */
    public SpeakersListState listState(Process process, Meeting meeting, String agendaItem) {
        Map<UUID, Standing> standings = standings(process, meeting);
        List<Speaker> waiting = waiting(meeting, agendaItem, standings);
        String label = AgendaNumbering.normalise(agendaItem);
        record Row(boolean closed, Integer timeLimit, UUID floor, Instant since, String kind) {
        }
        Row row = jdbc.sql("""
                select closed_at is not null, time_limit_seconds, floor_participant, floor_given_at, floor_kind
                  from speakers_list where meeting = :m and agenda_item = :i
                """)
                .param("m", meeting.id().value()).param("i", label)
                .query((rs, n) -> new Row(rs.getBoolean(1), (Integer) rs.getObject(2), rs.getObject(3, UUID.class),
                        rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant(), rs.getString(5)))
                .optional().orElse(new Row(false, null, null, null, null));
        String floorName = row.floor() == null ? null : standings.get(row.floor()).name();
        String reorderReason = jdbc.sql("""
                select reason from speakers_list_reordering where meeting = :m and agenda_item = :i
                 order by seq desc limit 1
                """)
                .param("m", meeting.id().value()).param("i", label).query(String.class).optional().orElse(null);
        return new SpeakersListState(label, row.closed(),
                row.timeLimit() == null ? SpeakersListState.DEFAULT_TIME_LIMIT : Duration.ofSeconds(row.timeLimit()),
                row.floor(), floorName, row.since(), row.kind() == null ? null : InterventionKind.valueOf(row.kind()),
                byRequest(meeting, label, InterventionKind.POINT_OF_ORDER, standings), waiting,
                byRequest(meeting, label, InterventionKind.RIGHT_OF_REPLY, standings), reorderReason);
    }

    /** Whether a participant's category entitles it to ask the floor for {@code kind} in this meeting. */
    public boolean mayAsk(Process process, Meeting meeting, ParticipantId participant, InterventionKind kind) {
        return FloorRules.mayAsk(kind, categoryOf(process, meeting, participant.value())).allowed();
    }

    /** A participant's category on the day the meeting opens. */
    Category categoryOf(Process process, Meeting meeting, UUID participant) {
        return standings(process, meeting).get(participant).category();
    }

    /**
     * The speakers' list of an agenda item in order of precedence (or in the order the chair set, followed by
     * later requests in order of precedence), with each delegation's category on the
     * day the meeting opens (in the process's time zone).
     */
    public List<Speaker> speakers(Process process, Meeting meeting, String agendaItem) {
        return waiting(meeting, agendaItem, standings(process, meeting));
    }

    /** Where each participant stands on the day the meeting opens, by participant id. */
    private Map<UUID, Standing> standings(Process process, Meeting meeting) {
        LocalDate day = LocalDate.ofInstant(meeting.start(), process.timeZone());
        return processes.participants(process, day).stream()
                .collect(Collectors.toMap(s -> s.id().value(), Function.identity()));
    }

    private List<Speaker> waiting(Meeting meeting, String agendaItem, Map<UUID, Standing> standings) {
        String label = AgendaNumbering.normalise(agendaItem);
        if (!meeting.hasItem(label)) {
            throw InvalidInputException.of("agendaItem", "The agenda has no item '" + agendaItem + "'");
        }
        record Waiting(Speaker speaker, Integer position) {
        }
        List<Waiting> rows = jdbc.sql("""
                select participant, requested_at, position from speaker_inscription
                 where meeting = :meeting and agenda_item = :item and withdrawn_at is null and spoke_at is null
                   and kind = 'STATEMENT'
                """)
                .param("meeting", meeting.id().value()).param("item", label)
                .query((rs, n) -> {
                    Standing s = standings.get(rs.getObject(1, UUID.class));
                    return new Waiting(new Speaker(s.id().value(), s.name(), s.category(),
                            rs.getTimestamp(2).toInstant()), (Integer) rs.getObject(3));
                })
                .list();
        Stream<Speaker> reordered = rows.stream().filter(w -> w.position() != null)
                .sorted(Comparator.comparing(Waiting::position)).map(Waiting::speaker);
        Stream<Speaker> byPrecedence = rows.stream().filter(w -> w.position() == null).map(Waiting::speaker)
                .sorted(Precedence.ORDER);
        return Stream.concat(reordered, byPrecedence).toList();
    }

    /** The points of order or rights of reply waiting on an item, by time of request. */
    private List<Speaker> byRequest(Meeting meeting, String label, InterventionKind kind,
            Map<UUID, Standing> standings) {
        return jdbc.sql("""
                select participant, requested_at from speaker_inscription
                 where meeting = :meeting and agenda_item = :item and kind = :kind
                   and withdrawn_at is null and spoke_at is null
                 order by requested_at, id
                """)
                .param("meeting", meeting.id().value()).param("item", label).param("kind", kind.name())
                .query((rs, n) -> {
                    Standing s = standings.get(rs.getObject(1, UUID.class));
                    return new Speaker(s.id().value(), s.name(), s.category(), rs.getTimestamp(2).toInstant());
                })
                .list();
    }
}
