package org.plenary.meetings.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.plenary.meetings.MeetingCalendar;
import org.plenary.meetings.Meetings;
import org.plenary.processes.CalendarToIcs;
import org.plenary.processes.Process;
import org.plenary.processes.ProcessId;
import org.plenary.processes.Processes;
import org.plenary.shared.MeetingId;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** One meeting as an iCalendar file, readable by anyone (the process feed is in the processes module). */
@RestController
@Tag(name = "Meetings")
class MeetingCalendarController {

    private final Processes processes;
    private final Meetings meetings;

    MeetingCalendarController(Processes processes, Meetings meetings) {
        this.processes = processes;
        this.meetings = meetings;
    }

    @GetMapping(path = "/api/v1/processes/{pid}/meetings/{mid}/calendar.ics", produces = "text/calendar")
    @Operation(operationId = "getMeetingCalendar", summary = "One meeting as an iCalendar file")
    ResponseEntity<String> meeting(@PathVariable ProcessId pid, @PathVariable String mid) {
        Process process = processes.require(pid);
        String body = CalendarToIcs.calendar(process.title(),
                List.of(MeetingCalendar.entry(meetings.require(process, MeetingId.parse(mid)))));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/calendar;charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"meeting.ics\"")
                .body(body);
    }
}
