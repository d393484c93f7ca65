package org.plenary.meetings.web;

import java.io.IOException;
import java.util.Locale;
import org.plenary.meetings.LiveMeetings;
import org.plenary.meetings.Meeting;
import org.plenary.meetings.MeetingText;
import org.plenary.meetings.Meetings;
import org.plenary.processes.Process;
import org.plenary.processes.ProcessId;
import org.plenary.processes.Processes;
import org.plenary.shared.LanguageVersions;
import org.plenary.shared.MeetingId;
import org.plenary.shared.web.PageController;
import org.springframework.http.MediaType;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The live view of a meeting for the room and the projector: it follows every change without reloading. */
@PageController
class LivePageController {

    private final Processes processes;
    private final Meetings meetings;
    private final LiveMeetings live;
    private final LiveFormats formats;

    LivePageController(Processes processes, Meetings meetings, LiveMeetings live, LiveFormats formats) {
        this.processes = processes;
        this.meetings = meetings;
        this.live = live;
        this.formats = formats;
    }

    @GetMapping("/processes/{code}/meetings/{id}/live")
    String page(@PathVariable ProcessId code, @PathVariable String id, Locale locale, Model model) {
        Process process = processes.require(code);
        Meeting meeting = meetings.require(process, MeetingId.parse(id));
        LanguageVersions<MeetingText> texts = meetings.versions(meeting);
        model.addAttribute("process", process);
        model.addAttribute("meeting", texts.in(texts.shownTo(locale.getLanguage())).applyTo(meeting));
        return "meetings/live";
    }

    @GetMapping(path = "/processes/{code}/meetings/{id}/live/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    SseEmitter events(@PathVariable ProcessId code, @PathVariable String id, Locale locale) throws IOException {
        Process process = processes.require(code);
        return live.watch(process, MeetingId.parse(id), formats.html(locale));
    }
}
