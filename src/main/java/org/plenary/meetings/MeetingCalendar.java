package org.plenary.meetings;

import java.util.List;
import java.util.UUID;
import org.plenary.processes.CalendarEntry;
import org.plenary.processes.CalendarSource;
import org.plenary.processes.Process;
import org.plenary.roster.ParticipantId;
import org.springframework.stereotype.Component;

/**
 * The meetings of a process in its calendar: a postponed meeting is tentative, a cancelled one cancelled. A
 * delegation sees its own speaking slots too: one event at the meeting per agenda item on whose speakers' list it
 * waits, with its place on the list (which changes no date, so it keeps the meeting's SEQUENCE).
 */
@Component
public class MeetingCalendar implements CalendarSource {

    private final Meetings meetings;

    MeetingCalendar(Meetings meetings) {
        this.meetings = meetings;
    }

    @Override
    public List<CalendarEntry> entries(Process process) {
        return meetings.of(process).stream().map(MeetingCalendar::entry).toList();
    }

    @Override
    public List<CalendarEntry> forDelegation(Process process, ParticipantId participant) {
        return meetings.waitingLists(process, participant).stream().map(inscription -> {
            Meeting meeting = meetings.require(process, inscription.meeting());
            List<UUID> order = meetings.speakers(process, meeting, inscription.agendaItem()).stream()
                    .map(Speaker::participantId).toList();
            CalendarEntry held = entry(meeting);
            return new CalendarEntry("speaking-" + meeting.id() + "-" + inscription.agendaItem()
                    .replaceAll("[^A-Za-z0-9]+", ".") + "-" + participant + "@plenary",
                    "Speaking: " + meeting.title() + ", item " + inscription.agendaItem() + ", number "
                            + (order.indexOf(participant.value()) + 1) + " on the list",
                    held.start(), held.end(), held.zone(), held.sequence(), held.status(), held.location(),
                    held.url(), "Your delegation is number " + (order.indexOf(participant.value()) + 1) + " of "
                            + order.size() + " on the speakers' list of agenda item " + inscription.agendaItem());
        }).toList();
    }

    public static CalendarEntry entry(Meeting m) {
        return new CalendarEntry(m.id() + "@plenary", m.title(), m.start(), m.end(), m.timeZone(),
                m.calendarSequence(), switch (m.status()) {
                    case CANCELLED -> CalendarEntry.Status.CANCELLED;
                    case POSTPONED -> CalendarEntry.Status.TENTATIVE;
                    case SCHEDULED, HELD -> CalendarEntry.Status.CONFIRMED;
                }, m.venue(), m.onlineUrl(), m.kind().name().replace('_', ' ').toLowerCase() + ", "
                        + m.format().name().replace('_', ' ').toLowerCase());
    }
}
