package org.plenary.processes.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plenary.identity.CalendarFeeds;
import org.plenary.processes.CalendarEntry;
import org.plenary.processes.CalendarSource;
import org.plenary.processes.CalendarToIcs;
import org.plenary.processes.Process;
import org.plenary.processes.ProcessId;
import org.plenary.processes.Processes;
import org.plenary.roster.ParticipantId;
import org.plenary.shared.Actor;
import org.plenary.shared.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The private calendar feed of one account, at a secret address (from "My account") that calendar clients
 * subscribe to without signing in: the meetings and deadlines of every process that concerns the person, the
 * processes they serve as an officer and, for a delegate, every process their delegation takes part in (every
 * process: a State or organisation is at least an observer of each). Officers and delegates see the events about
 * texts of limited distribution too; a delegate sees its delegation's own events ({@link CalendarSource}), which
 * replace the public event of the same UID, and nothing of another delegation.
 */
@RestController
@Tag(name = "Processes")
class PrivateCalendarController {

    private final CalendarFeeds feeds;
    private final Processes processes;
    private final List<CalendarSource> sources;

    PrivateCalendarController(CalendarFeeds feeds, Processes processes, List<CalendarSource> sources) {
        this.feeds = feeds;
        this.processes = processes;
        this.sources = sources;
    }

    @GetMapping(path = CalendarFeeds.PATH + "{secret}.ics", produces = "text/calendar")
    @Operation(operationId = "getPrivateCalendar",
            summary = "A person's private calendar (RFC 5545): the meetings and deadlines of their processes",
            description = "The secret address comes from \"My account\"; a regenerated or stopped one answers 404.")
    ResponseEntity<String> calendar(@PathVariable String secret) {
        Actor holder = feeds.holder(secret).orElseThrow(() -> new NotFoundException("Calendar", "feed"));
        Map<ProcessId, Process> concerned = new LinkedHashMap<>();
        processes.servedBy(holder).forEach(p -> concerned.put(p.id(), p));
        if (holder.delegate()) {
            processes.all().forEach(p -> concerned.putIfAbsent(p.id(), p));
        }
        Map<String, CalendarEntry> byUid = new LinkedHashMap<>();
        for (Process process : concerned.values()) {
            for (CalendarSource source : sources) {
                source.entries(process).forEach(e -> byUid.put(e.uid(), e));
                source.limited(process).forEach(e -> byUid.put(e.uid(), e));
                if (holder.delegate()) {
                    source.forDelegation(process, new ParticipantId(holder.participantId())).forEach(e -> byUid.put(e.uid(), e));
                }
            }
        }
        List<CalendarEntry> entries = byUid.values().stream().sorted(Comparator.comparing(CalendarEntry::start))
                .toList();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/calendar;charset=UTF-8"))
                .body(CalendarToIcs.calendar("Plenary: " + holder.displayName(), entries));
    }
}
