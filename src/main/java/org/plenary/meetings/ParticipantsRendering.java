package org.plenary.meetings;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.plenary.processes.Process;
import org.plenary.processes.Processes;
import org.plenary.roster.Category;
import org.plenary.shared.web.Texts;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The list of participants of a meeting as the Secretariat prints it: by category (States Parties, signatory
 * States, observer States, observer organisations), each delegation with the people who attend for it and their
 * functions; in HTML for the screen and print, and as PDF (officers).
 */
@Component
public class ParticipantsRendering {

    /** A category with its delegations in the order of the list. */
    public record Group(String heading, List<Attendance.Delegation> delegations) {
    }

    /** What the list shows: the meeting, the date, the groups. */
    public record ParticipantsDocument(String language, String processTitle, String meetingTitle, String placeAndDates,
            String date, List<Group> groups) {
    }

    private final ListOfParticipants participants;
    private final MessageSource messages;
    private final PrintRendering rendering;
    private final Processes processes;

    ParticipantsRendering(ListOfParticipants participants, MessageSource messages, PrintRendering rendering,
            Processes processes) {
        this.participants = participants;
        this.messages = messages;
        this.rendering = rendering;
        this.processes = processes;
    }

    public String html(Process process, Meeting meeting, Locale locale) {
        return rendering.html("meetings/participants-document.jte", params(process, meeting, locale));
    }

    public byte[] pdf(Process process, Meeting meeting, Locale locale) {
        return rendering.pdf("meetings/participants-document.jte", params(process, meeting, locale));
    }

    private Map<String, Object> params(Process process, Meeting meeting, Locale locale) {
        Texts t = new Texts(messages, locale);
        List<Attendance.Delegation> all = participants.of(process, meeting, t.language());
        List<Group> groups = Stream.of(Category.values())
                .map(c -> new Group(t.get("participantsList.group." + c.name()),
                        all.stream().filter(d -> d.category() == c).toList()))
                .filter(g -> !g.delegations().isEmpty()).toList();
        DateTimeFormatter dates = AgendaRendering.dated(locale);
        String start = dates.format(meeting.start().atZone(meeting.timeZone()));
        String end = dates.format(meeting.end().atZone(meeting.timeZone()));
        String when = start.equals(end) ? start : start + " – " + end;
        return Map.of("t", t, "list", new ParticipantsDocument(t.language(), process.title(), meeting.title(),
                meeting.venue() == null ? when : meeting.venue() + ", " + when, dates.format(processes.today(process)),
                groups));
    }
}
