package org.plenary.meetings.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.plenary.meetings.Meetings;
import org.plenary.processes.HomeSection;
import org.plenary.processes.Process;
import org.plenary.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * The meetings of a process on its home page, in the order they take place. The meeting pages are for those who
 * take part; the public gets each meeting as an iCalendar file instead.
 */
@Component
class MeetingsHomeSection implements HomeSection {

    private static final int SHOWN = 5;

    private final Meetings meetings;

    MeetingsHomeSection(Meetings meetings) {
        this.meetings = meetings;
    }

    @Override
    public String name() {
        return "meetings";
    }

    @Override
    public String link(Process process) {
        return "/processes/" + process.code() + "/meetings";
    }

    @Override
    public List<Item> recent(Process process, Optional<Actor> reader) {
        return meetings.of(process).stream().limit(SHOWN)
                .map(m -> new Item(null, m.title(), LocalDate.ofInstant(m.start(), m.timeZone()),
                        reader.isPresent() ? MeetingPage.link(process, m)
                                : "/api/v1/processes/" + process.code() + "/meetings/" + m.id() + "/calendar.ics",
                        m.status()))
                .toList();
    }
}
