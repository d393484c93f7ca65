package org.plenary.processes.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import org.plenary.processes.CalendarEntry;
import org.plenary.processes.CalendarSource;
import org.plenary.processes.CalendarToIcs;
import org.plenary.processes.Process;
import org.plenary.processes.ProcessId;
import org.plenary.processes.Processes;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The calendar feed of a process, readable by anyone for subscription: every event of every calendar source. */
@RestController
@Tag(name = "Processes")
class CalendarController {

    private final Processes processes;
    private final List<CalendarSource> sources;

    CalendarController(Processes processes, List<CalendarSource> sources) {
        this.processes = processes;
        this.sources = sources;
    }

    @GetMapping(path = "/api/v1/processes/{pid}/calendar.ics", produces = "text/calendar")
    @Operation(operationId = "getProcessCalendar",
            summary = "The calendar of the process (RFC 5545): meetings, silence deadlines and consultation "
            + "deadlines, in their time zones")
    ResponseEntity<String> calendar(@PathVariable ProcessId pid) {
        Process process = processes.require(pid);
        List<CalendarEntry> entries = sources.stream().flatMap(source -> source.entries(process).stream())
                .sorted(Comparator.comparing(CalendarEntry::start)).toList();
        return ics(process.code() + ".ics", CalendarToIcs.calendar(process.title(), entries));
    }

    /** An iCalendar answer, shown inline, with its file name (RFC 6266, {@code filename*} in UTF-8). */
    private static ResponseEntity<String> ics(String fileName, String body) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/calendar;charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(fileName.replace('/', '-'), StandardCharsets.UTF_8).build().toString())
                .body(body);
    }
}
