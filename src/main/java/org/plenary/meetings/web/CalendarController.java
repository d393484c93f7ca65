package org.plenary.meetings.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.plenary.meetings.MeetingId;
import org.plenary.meetings.MeetingToIcs;
import org.plenary.meetings.Meetings;
import org.plenary.processes.Process;
import org.plenary.processes.Processes;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Calendar feeds, readable by anyone, for subscription in a calendar client. */
@RestController
@Tag(name = "Meetings")
class CalendarController {

    static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final Processes processes;
    private final Meetings meetings;

    CalendarController(Processes processes, Meetings meetings) {
        this.processes = processes;
        this.meetings = meetings;
    }

    @GetMapping(path = "/api/v1/processes/{pid}/calendar.ics", produces = "text/calendar")
    @Operation(summary = "The calendar of the process (RFC 5545): its meetings, in their time zones")
    ResponseEntity<String> calendar(@PathVariable String pid) {
        Process process = processes.require(pid);
        return ics(process.code() + ".ics", MeetingToIcs.calendar(process.title(), meetings.of(process)));
    }

    @GetMapping(path = "/api/v1/processes/{pid}/meetings/{mid}/calendar.ics", produces = "text/calendar")
    @Operation(summary = "One meeting as an iCalendar file")
    ResponseEntity<String> meeting(@PathVariable String pid, @PathVariable String mid) {
        Process process = processes.require(pid);
        return ics("meeting.ics", MeetingToIcs.calendar(process.title(),
                List.of(meetings.require(process, MeetingId.parse(mid)))));
    }

    private static ResponseEntity<String> ics(String fileName, String body) {
        return ResponseEntity.ok().contentType(CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + fileName.replaceAll("[^A-Za-z0-9.-]", "-") + "\"")
                .body(body);
    }
}
