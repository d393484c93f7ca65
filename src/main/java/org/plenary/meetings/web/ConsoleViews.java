package org.plenary.meetings.web;

import org.plenary.meetings.AgendaItem;
import org.plenary.meetings.AgendaNumbering;
import org.plenary.meetings.Meeting;
import org.plenary.meetings.Meetings;
import org.plenary.processes.Process;
import org.plenary.processes.ProcessId;
import org.plenary.processes.Processes;
import org.plenary.shared.Actor;
import org.plenary.shared.ForbiddenException;
import org.plenary.shared.MeetingId;
import org.plenary.shared.NotFoundException;
import org.springframework.stereotype.Component;

/** Reads what the chair's console shows, for the officers of the process only. */
@Component
class ConsoleViews {

    private final Processes processes;
    private final Meetings meetings;

    ConsoleViews(Processes processes, Meetings meetings) {
        this.processes = processes;
        this.meetings = meetings;
    }

    /** The console on {@code item}, or on the item under discussion, or on the first item when none is. */
    ConsoleView view(ProcessId code, MeetingId id, String item) {
        Process process = processes.require(code);
        if (processes.roleOf(process.id(), Actor.require()).isEmpty()) {
            throw new ForbiddenException("Only the Presidency and the Secretariat of the process may chair its meetings");
        }
        Meeting meeting = meetings.require(process, id);
        String label = item != null && !item.isBlank() ? AgendaNumbering.normalise(item) : meeting.currentItem();
        AgendaItem chosen = meeting.agenda().stream().filter(i -> i.label().equals(label)).findFirst()
                .or(() -> meeting.agenda().stream().findFirst())
                .orElseThrow(() -> new NotFoundException("Agenda of meeting", id));
        return new ConsoleView(process, meeting, chosen, meetings.listState(process, meeting, chosen.label()));
    }
}
