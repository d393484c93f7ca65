package org.plenary.meetings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.plenary.processes.ProcessId;
import org.plenary.shared.MeetingId;
import org.plenary.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores meetings, their date history, their agenda and their sessions. */
@Repository
class MeetingRepository {

    private final JdbcClient jdbc;

    MeetingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Meeting m) {
        jdbc.sql("""
                insert into meeting (id, process, title, kind, format, starts_at, ends_at, time_zone, venue, online_url,
                                     status, created_at, version, original_language, number)
                values (:id, :process, :title, :kind, :format, :start, :end, :zone, :venue, :onlineUrl, :status,
                        :createdAt, 0, (select languages[1] from process where id = :process), :number)
                """)
                .param("id", m.id().value()).param("process", m.process().value()).param("title", m.title())
                .param("kind", m.kind().name()).param("format", m.format().name())
                .param("start", ts(m.start())).param("end", ts(m.end())).param("zone", m.timeZone().getId())
                .param("venue", m.venue()).param("onlineUrl", m.onlineUrl()).param("status", m.status().name())
                .param("createdAt", ts(m.createdAt())).param("number", m.number())
                .update();
    }

    /** The next number of a meeting of {@code kind} in the process; the process row is locked so that two differ. */
    int nextNumber(ProcessId process, MeetingKind kind) {
        jdbc.sql("select id from process where id = :id for update").param("id", process.value()).query().singleRow();
        return jdbc.sql("select coalesce(max(number), 0) + 1 from meeting where process = :p and kind = :kind")
                .param("p", process.value()).param("kind", kind.name()).query(Integer.class).single();
    }

    /** The meeting of the process with this kind and number. */
    Optional<MeetingId> byNumber(ProcessId process, MeetingKind kind, int number) {
        return jdbc.sql("select id from meeting where process = :p and kind = :kind and number = :number")
                .param("p", process.value()).param("kind", kind.name()).param("number", number)
                .query(UUID.class).optional().map(MeetingId::new);
    }

    /** Locks the meeting for a change, so that two changes of one meeting follow each other. */
    Optional<Meeting> lock(MeetingId id) {
        jdbc.sql("select id from meeting where id = :id for update").param("id", id.value()).query(UUID.class).optional();
        return find(id);
    }

    /** Locks a meeting of {@code process} for a change; a meeting of another process does not exist here. */
    Meeting lockIn(ProcessId process, MeetingId id) {
        return lock(id).filter(m -> m.process().equals(process))
                .orElseThrow(() -> new NotFoundException("Meeting", id));
    }

    void changeDates(MeetingId id, Meeting.DateChange change, MeetingStatus status) {
        int seq = jdbc.sql("select count(*) + 1 from meeting_date_change where meeting = :id").param("id", id.value())
                .query(Integer.class).single();
        jdbc.sql("""
                insert into meeting_date_change (meeting, seq, previous_start, previous_end, new_start, new_end, reason,
                                                 decision, changed_at, changed_by)
                values (:id, :seq, :previousStart, :previousEnd, :newStart, :newEnd, :reason, :decision, :at, :by)
                """)
                .param("id", id.value()).param("seq", seq).param("previousStart", ts(change.previousStart()))
                .param("previousEnd", ts(change.previousEnd())).param("newStart", ts(change.newStart()))
                .param("newEnd", ts(change.newEnd())).param("reason", change.reason())
                .param("decision", change.decision()).param("at", ts(change.changedAt()))
                .param("by", change.changedBy())
                .update();
        jdbc.sql("""
                update meeting set starts_at = coalesce(:start, starts_at), ends_at = coalesce(:end, ends_at),
                       status = :status, version = version + 1,
                       calendar_sequence = calendar_sequence + 1
                 where id = :id
                """)
                .param("start", ts(change.newStart())).param("end", ts(change.newEnd()))
                .param("status", status.name()).param("id", id.value())
                .update();
    }

    void setCurrentItem(MeetingId id, String label) {
        jdbc.sql("update meeting set current_item = :label, version = version + 1 where id = :id")
                .param("label", label).param("id", id.value()).update();
    }

    void changeStatus(MeetingId id, MeetingStatus status) {
        jdbc.sql("""
                update meeting set status = :status, version = version + 1, calendar_sequence = calendar_sequence + 1
                 where id = :id""")
                .param("status", status.name()).param("id", id.value()).update();
    }

    void replaceAgenda(MeetingId id, AgendaStatus status, List<AgendaItem> items) {
        jdbc.sql("delete from agenda_item where meeting = :id").param("id", id.value()).update();
        for (int i = 0; i < items.size(); i++) {
            AgendaItem item = items.get(i);
            jdbc.sql("insert into agenda_item (meeting, position, label, parent, title) values (:id, :position, :label, :parent, :title)")
                    .param("id", id.value()).param("position", i).param("label", item.label())
                    .param("parent", item.parent()).param("title", item.title())
                    .update();
        }
        jdbc.sql("update meeting set agenda_status = :status, version = version + 1 where id = :id")
                .param("status", status.name()).param("id", id.value()).update();
    }

    /** Replaces the sessions of a meeting; they are stored in the order they take place. */
    void replaceSessions(MeetingId id, List<Session> sessions) {
        jdbc.sql("delete from meeting_session where meeting = :id").param("id", id.value()).update();
        List<Session> ordered = SessionRules.inOrder(sessions);
        for (int i = 0; i < ordered.size(); i++) {
            jdbc.sql("insert into meeting_session (meeting, position, starts_at, ends_at) values (:id, :position, :start, :end)")
                    .param("id", id.value()).param("position", i + 1).param("start", ts(ordered.get(i).start()))
                    .param("end", ts(ordered.get(i).end()))
                    .update();
        }
        jdbc.sql("update meeting set version = version + 1 where id = :id").param("id", id.value()).update();
    }

    void setSpeakerLimit(MeetingId id, int limit) {
        jdbc.sql("update meeting set speaker_limit = :limit, version = version + 1 where id = :id")
                .param("limit", limit).param("id", id.value()).update();
    }

    Optional<Meeting> find(MeetingId id) {
        return jdbc.sql("select * from meeting where id = :id").param("id", id.value()).query(this::map).optional();
    }

    List<Meeting> byProcess(ProcessId process) {
        return jdbc.sql("select * from meeting where process = :process order by starts_at")
                .param("process", process.value()).query(this::map).list();
    }

    private Meeting map(ResultSet rs, int n) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        String agendaStatus = rs.getString("agenda_status");
        return new Meeting(new MeetingId(id), new ProcessId(rs.getObject("process", UUID.class)), rs.getString("title"),
                MeetingKind.valueOf(rs.getString("kind")), MeetingFormat.valueOf(rs.getString("format")),
                rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(),
                ZoneId.of(rs.getString("time_zone")), rs.getString("venue"), rs.getString("online_url"),
                MeetingStatus.valueOf(rs.getString("status")),
                agendaStatus == null ? null : AgendaStatus.valueOf(agendaStatus),
                jdbc.sql("select label, parent, title from agenda_item where meeting = :id order by position")
                        .param("id", id)
                        .query((r, i) -> new AgendaItem(r.getString(1), r.getString(2), r.getString(3))).list(),
                rs.getString("current_item"),
                jdbc.sql("select * from meeting_date_change where meeting = :id order by seq").param("id", id)
                        .query((r, i) -> new Meeting.DateChange(r.getTimestamp("previous_start").toInstant(),
                                r.getTimestamp("previous_end").toInstant(), instant(r.getTimestamp("new_start")),
                                instant(r.getTimestamp("new_end")), r.getString("reason"), r.getString("decision"),
                                r.getTimestamp("changed_at").toInstant(), r.getString("changed_by")))
                        .list(),
                rs.getTimestamp("created_at").toInstant(),
                jdbc.sql("select starts_at, ends_at from meeting_session where meeting = :id order by position")
                        .param("id", id)
                        .query((r, i) -> new Session(r.getTimestamp(1).toInstant(), r.getTimestamp(2).toInstant()))
                        .list(),
                rs.getInt("speaker_limit"), rs.getInt("calendar_sequence"),
                rs.getInt("number"));
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
