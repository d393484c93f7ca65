package org.plenary.meetings.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.plenary.meetings.AgendaItem;
import org.plenary.meetings.AgendaStatus;
import org.plenary.meetings.Meeting;
import org.plenary.meetings.MeetingFormat;
import org.plenary.meetings.MeetingKind;
import org.plenary.meetings.MeetingStatus;
import org.plenary.meetings.MeetingText;
import org.plenary.shared.LanguageVersions;

/**
 * A meeting as the API shows it: times with the offset of the meeting's time zone, agenda, date history, sessions;
 * read alone, its original language and versions in other languages.
 */
record MeetingResponse(String id, String title, MeetingKind kind, MeetingFormat format, OffsetDateTime start,
        OffsetDateTime end, String timeZone, String venue, String onlineUrl, MeetingStatus status,
        Set<MeetingStatus> allowedTransitions, AgendaStatus agendaStatus, List<Item> agenda,
        List<DateChange> dateHistory, List<SessionTimes> sessions,
        @JsonInclude(JsonInclude.Include.NON_NULL) String originalLanguage,
        @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, MeetingText> versions) {

    /** A session of the meeting, with the offset of the meeting's time zone. */
    record SessionTimes(OffsetDateTime start, OffsetDateTime end) {
    }

    record Item(String label, String title, List<Item> items) {
    }

    record DateChange(OffsetDateTime previousStart, OffsetDateTime previousEnd, OffsetDateTime newStart,
            OffsetDateTime newEnd, String reason, String decision, Instant changedAt, String changedBy) {
    }

    static MeetingResponse of(Meeting m) {
        return of(m, null);
    }

    /** The meeting with its original language and its versions in other languages. */
    static MeetingResponse of(Meeting m, LanguageVersions<MeetingText> versions) {
        ZoneId zone = m.timeZone();
        return new MeetingResponse(m.id().toString(), m.title(), m.kind(), m.format(), at(m.start(), zone),
                at(m.end(), zone), zone.getId(), m.venue(), m.onlineUrl(), m.status(), m.status().next(),
                m.agendaStatus(), agenda(m.agenda()),
                m.dateHistory().stream().map(c -> new DateChange(at(c.previousStart(), zone), at(c.previousEnd(), zone),
                        at(c.newStart(), zone), at(c.newEnd(), zone), c.reason(), c.decision(), c.changedAt(),
                        c.changedBy())).toList(),
                m.sessions().stream().map(s -> new SessionTimes(at(s.start(), zone), at(s.end(), zone))).toList(),
                versions == null ? null : versions.original(), versions == null ? null : versions.versions());
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
