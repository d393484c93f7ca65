package org.plenary.meetings.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.plenary.meetings.AgendaRendering;
import org.plenary.meetings.Meeting;
import org.plenary.meetings.Meetings;
import org.plenary.meetings.ParticipantsRendering;
import org.plenary.processes.Process;
import org.plenary.processes.ProcessId;
import org.plenary.processes.Processes;
import org.plenary.shared.MeetingId;
import org.plenary.shared.web.PageController;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The printable documents of a meeting, in HTML and PDF: its agenda as a UN document, its list of participants. */
@PageController
class MeetingPrintController {

    private final Processes processes;
    private final Meetings meetings;
    private final AgendaRendering agenda;
    private final ParticipantsRendering participants;

    MeetingPrintController(Processes processes, Meetings meetings, AgendaRendering agenda,
            ParticipantsRendering participants) {
        this.participants = participants;
        this.processes = processes;
        this.meetings = meetings;
        this.agenda = agenda;
    }

    @GetMapping("/processes/{code}/meetings/{id}/agenda")
    ResponseEntity<String> agenda(@PathVariable ProcessId code, @PathVariable String id, Locale locale) {
        return html(code, id, (p, m) -> agenda.html(p, m, locale));
    }

    @GetMapping(path = "/processes/{code}/meetings/{id}/agenda.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> agendaPdf(@PathVariable ProcessId code, @PathVariable String id, Locale locale) {
        return pdf(code, id, "agenda", (p, m) -> agenda.pdf(p, m, locale));
    }

    @GetMapping("/processes/{code}/meetings/{id}/participants")
    ResponseEntity<String> participants(@PathVariable ProcessId code, @PathVariable String id, Locale locale) {
        return html(code, id, (p, m) -> participants.html(p, m, locale));
    }

    @GetMapping(path = "/processes/{code}/meetings/{id}/participants.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> participantsPdf(@PathVariable ProcessId code, @PathVariable String id, Locale locale) {
        return pdf(code, id, "participants", (p, m) -> participants.pdf(p, m, locale));
    }

    interface Render<T> {
        T apply(Process process, Meeting meeting);
    }

    private static ResponseEntity<String> page(String html) {
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8)).body(html);
    }

    private ResponseEntity<String> html(ProcessId code, String id, Render<String> render) {
        Process process = processes.require(code);
        return page(render.apply(process, meetings.require(process, MeetingId.parse(id))));
    }

    private ResponseEntity<byte[]> pdf(ProcessId code, String id, String name, Render<byte[]> render) {
        Process process = processes.require(code);
        Meeting meeting = meetings.require(process, MeetingId.parse(id));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name + "-" + meeting.start().atZone(meeting.timeZone()).toLocalDate() + ".pdf",
                                StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-cache")
                .contentType(MediaType.APPLICATION_PDF)
                .body(render.apply(process, meeting));
    }
}
