package org.plenary.meetings.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.plenary.meetings.AgendaItem;
import org.plenary.meetings.AgendaStatus;
import org.plenary.meetings.Meeting;
import org.plenary.meetings.MeetingFormat;
import org.plenary.meetings.MeetingKind;
import org.plenary.meetings.MeetingStatus;

/** A meeting as the API shows it: times with the offset of the meeting's time zone, agenda, date history, sessions. */
record MeetingResponse(String id, String title, MeetingKind kind, MeetingFormat format, OffsetDateTime start,
        OffsetDateTime end, String timeZone, String venue, String onlineUrl, MeetingStatus status,
        Set<MeetingStatus> allowedTransitions, AgendaStatus agendaStatus, List<Item> agenda,
        List<DateChange> dateHistory, List<SessionTimes> sessions) {

    /** A session of the meeting, with the offset of the meeting's time zone. */
    record SessionTimes(OffsetDateTime start, OffsetDateTime end) {
    }

    record Item(String label, String title, List<Item> items) {
    }

    record DateChange(OffsetDateTime previousStart, OffsetDateTime previousEnd, OffsetDateTime newStart,
            OffsetDateTime newEnd, String reason, String decision, Instant changedAt, String changedBy) {
    }

    static MeetingResponse of(Meeting m) {
        ZoneId zone = m.timeZone();
        return new MeetingResponse(m.id().toString(), m.title(), m.kind(), m.format(), at(m.start(), zone),
                at(m.end(), zone), zone.getId(), m.venue(), m.onlineUrl(), m.status(), m.status().next(),
                m.agendaStatus(), agenda(m.agenda()),
                m.dateHistory().stream().map(c -> new DateChange(at(c.previousStart(), zone), at(c.previousEnd(), zone),
                        at(c.newStart(), zone), at(c.newEnd(), zone), c.reason(), c.decision(), c.changedAt(),
                        c.changedBy())).toList(),
                m.sessions().stream().map(s -> new SessionTimes(at(s.start(), zone), at(s.end(), zone))).toList());
    }

    static List<Item> agenda(List<AgendaItem> items) {
        return items.stream().filter(i -> i.parent() == null)
                .map(top -> new Item(top.label(), top.title(), items.stream()
                        .filter(sub -> top.label().equals(sub.parent()))
                        .map(sub -> new Item(sub.label(), sub.title(), List.of())).toList()))
                .toList();
    }

    private static OffsetDateTime at(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }
}
