package org.plenary.meetings;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.plenary.shared.MeetingId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores who attends a meeting for each delegation, in the order the delegation gave them. */
@Repository
class AttendanceRepository {

    private final JdbcClient jdbc;

    AttendanceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void replace(MeetingId meeting, UUID participant, List<Attendance.Attendee> attendees, Instant at, String by) {
        jdbc.sql("delete from meeting_attendee where meeting = :m and participant = :p")
                .param("m", meeting.value()).param("p", participant).update();
        for (int i = 0; i < attendees.size(); i++) {
            Attendance.Attendee a = attendees.get(i);
            jdbc.sql("""
                    insert into meeting_attendee (meeting, participant, position, name, function, speaker,
                                                  registered_at, registered_by)
                    values (:m, :p, :position, :name, :function, :speaker, :at, :by)
                    """)
                    .param("m", meeting.value()).param("p", participant).param("position", i + 1)
                    .param("name", a.name()).param("function", a.function()).param("speaker", a.speaker())
                    .param("at", Timestamp.from(at)).param("by", by)
                    .update();
        }
    }

    List<Attendance.Attendee> of(MeetingId meeting, UUID participant) {
        return jdbc.sql("""
                select name, function, speaker from meeting_attendee
                 where meeting = :m and participant = :p order by position
                """)
                .param("m", meeting.value()).param("p", participant)
                .query((rs, n) -> new Attendance.Attendee(rs.getString(1), rs.getString(2), rs.getBoolean(3)))
                .list();
    }

    /** The attendees of every delegation that registered any. */
    Map<UUID, List<Attendance.Attendee>> all(MeetingId meeting) {
        Map<UUID, List<Attendance.Attendee>> byDelegation = new LinkedHashMap<>();
        jdbc.sql("""
                select participant, name, function, speaker from meeting_attendee
                 where meeting = :m order by participant, position
                """)
                .param("m", meeting.value())
                .query(rs -> {
                    byDelegation.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new Attendance.Attendee(rs.getString(2), rs.getString(3), rs.getBoolean(4)));
                });
        return byDelegation;
    }
}
