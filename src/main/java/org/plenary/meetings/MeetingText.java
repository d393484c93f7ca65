package org.plenary.meetings;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The text of a meeting that delegations read, in one language: its title and the titles of its agenda items by
 * label. A version may leave items out: they are read in the original.
 */
public record MeetingText(String title, Map<String, String> agenda) {

    public MeetingText {
        agenda = Map.copyOf(agenda);
    }

    static MeetingText of(Meeting meeting) {
        Map<String, String> agenda = new LinkedHashMap<>();
        meeting.agenda().forEach(item -> agenda.put(item.label(), item.title()));
        return new MeetingText(meeting.title(), agenda);
    }

    /** The meeting as read in this text: its title and the items this text has, the others as they are. */
    public Meeting applyTo(Meeting m) {
        return new Meeting(m.id(), m.process(), title, m.kind(), m.format(), m.start(), m.end(), m.timeZone(),
                m.venue(), m.onlineUrl(), m.status(), m.agendaStatus(),
                m.agenda().stream().map(i -> new AgendaItem(i.label(), i.parent(), agenda.getOrDefault(i.label(),
                        i.title()))).toList(),
                m.currentItem(), m.dateHistory(), m.createdAt(), m.sessions(), m.speakerLimit(), m.calendarSequence(),
                m.number());
    }
}
