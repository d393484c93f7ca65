package org.plenary.meetings;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.plenary.processes.ProcessId;
import org.plenary.shared.MeetingId;
import org.springframework.modulith.NamedInterface;

/**
 * A meeting of a process: when (instants, shown in its time zone), its sessions in order, where, how far it has
 * come, and how many speakers a delegation may register when it is virtual or hybrid; its calendar event's
 * sequence grows with every change of its dates or status.
 */
@NamedInterface("api")
public record Meeting(MeetingId id, ProcessId process, String title, MeetingKind kind, MeetingFormat format,
        Instant start, Instant end, ZoneId timeZone, String venue, String onlineUrl, MeetingStatus status,
        AgendaStatus agendaStatus, List<AgendaItem> agenda, String currentItem, List<DateChange> dateHistory,
        Instant createdAt, List<Session> sessions, int speakerLimit, int calendarSequence,
        int number) {

    /** A change of the dates of a meeting, with why and by which decision; no new dates when postponed. */
    public record DateChange(Instant previousStart, Instant previousEnd, Instant newStart, Instant newEnd,
            String reason, String decision, Instant changedAt, String changedBy) {
    }

    /** The meeting's readable key in its process, such as {@code PM.2}: its kind's abbreviation and its number. */
    public String key() {
        return kind.abbreviation() + "." + number;
    }

    /** The address of the meeting's page in the process with this code. */
    public String address(String processCode) {
        return "/processes/" + processCode + "/meetings/" + key();
    }

    public boolean hasItem(String label) {
        return agenda.stream().anyMatch(i -> i.label().equals(label));
    }
}
