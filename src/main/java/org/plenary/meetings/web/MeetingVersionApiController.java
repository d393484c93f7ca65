package org.plenary.meetings.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.plenary.meetings.Meeting;
import org.plenary.meetings.Meetings;
import org.plenary.meetings.WriteMeetingVersion;
import org.plenary.processes.ProcessId;
import org.plenary.processes.Processes;
import org.plenary.shared.MeetingId;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/processes/{pid}/meetings/{mid}/versions")
@Tag(name = "Meetings")
class MeetingVersionApiController {

    /** The title, and the agenda items' titles by label ({@code "5 (b)"}); items left out are read in the original. */
    record NewVersion(String title, Map<String, String> agenda) {
    }

    private final Processes processes;
    private final Meetings meetings;
    private final WriteMeetingVersion write;

    MeetingVersionApiController(Processes processes, Meetings meetings, WriteMeetingVersion write) {
        this.processes = processes;
        this.meetings = meetings;
        this.write = write;
    }

    @PutMapping("/{lang}")
    @Operation(operationId = "writeMeetingVersion", summary = "Add or correct the meeting's title and agenda items in "
            + "another language of the process (Presidency, Secretariat); once the agenda is adopted or the meeting "
            + "over, a version can be added but not changed (409)")
    MeetingResponse write(@PathVariable ProcessId pid, @PathVariable String mid, @PathVariable String lang,
            @RequestBody NewVersion body) {
        MeetingId id = write.execute(new WriteMeetingVersion.Command(pid, MeetingId.parse(mid), lang, body.title(),
                body.agenda())).id();
        Meeting meeting = meetings.require(processes.require(pid), id);
        return MeetingResponse.of(meeting, meetings.versions(meeting));
    }
}
