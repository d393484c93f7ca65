package org.plenary.meetings;

import java.util.List;
import org.plenary.processes.CalendarEntry;
import org.plenary.processes.CalendarSource;
import org.plenary.processes.Process;
import org.springframework.stereotype.Component;

/** The meetings of a process in its calendar: a postponed meeting is tentative, a cancelled one cancelled. */
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
