package org.plenary.meetings;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.plenary.processes.Process;
import org.plenary.processes.Processes;
import org.plenary.roster.Standing;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads meetings and their speakers' lists. */
@Service
@Transactional(readOnly = true)
public class Meetings {

    private final Processes processes;
    private final MeetingRepository meetings;
    private final JdbcClient jdbc;

    Meetings(Processes processes, MeetingRepository meetings, JdbcClient jdbc) {
        this.processes = processes;
        this.meetings = meetings;
        this.jdbc = jdbc;
    }

    public List<Meeting> of(Process process) {
        return meetings.byProcess(process.id());
    }

    public Meeting require(Process process, MeetingId id) {
        return meetings.find(id).filter(m -> m.process().equals(process.id()))
                .orElseThrow(() -> new NotFoundException("Meeting", id));
    }

    /**
     * The speakers' list of an agenda item in order of precedence, with each delegation's category on the
     * day the meeting opens (in the process's time zone).
     */
    public List<Speaker> speakers(Process process, Meeting meeting, String agendaItem) {
        String label = AgendaNumbering.normalise(agendaItem);
        if (!meeting.hasItem(label)) {
            throw InvalidInputException.of("agendaItem", "The agenda has no item '" + agendaItem + "'");
        }
        LocalDate day = LocalDate.ofInstant(meeting.start(), process.timeZone());
        Map<UUID, Standing> standings = processes.participants(process, day).stream()
                .collect(Collectors.toMap(s -> s.id().value(), Function.identity()));
        return jdbc.sql("""
                select participant, requested_at from speaker_inscription
                 where meeting = :meeting and agenda_item = :item and withdrawn_at is null
                """)
                .param("meeting", meeting.id().value()).param("item", label)
                .query((rs, n) -> {
                    Standing s = standings.get(rs.getObject(1, UUID.class));
                    return new Speaker(s.id().value(), s.name(), s.category(), rs.getTimestamp(2).toInstant());
                })
                .list().stream().sorted(Precedence.ORDER).toList();
    }
}
