package org.plenary.meetings.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import org.plenary.meetings.LiveMeetings;
import org.plenary.processes.Process;
import org.plenary.processes.ProcessId;
import org.plenary.processes.Processes;
import org.plenary.shared.MeetingId;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

@RestController
@Tag(name = "Meetings")
class LiveController {

    private final Processes processes;
    private final LiveMeetings live;
    private final LiveFormats formats;

    LiveController(Processes processes, LiveMeetings live, LiveFormats formats) {
        this.processes = processes;
        this.live = live;
        this.formats = formats;
    }

    @GetMapping(path = "/api/v1/processes/{pid}/meetings/{mid}/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(operationId = "watchMeeting",
            summary = "Server-Sent Events: the meeting's live state (current item, floor, timer, speakers) as JSON "
            + "events named 'state', at once and after every change made on any instance")
    SseEmitter live(@PathVariable ProcessId pid, @PathVariable String mid) throws IOException {
        Process process = processes.require(pid);
        return live.watch(process, MeetingId.parse(mid), formats.json());
    }
}
