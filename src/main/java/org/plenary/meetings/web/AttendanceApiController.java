package org.plenary.meetings.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.plenary.meetings.Attendance;
import org.plenary.meetings.ListOfParticipants;
import org.plenary.meetings.Meeting;
import org.plenary.meetings.Meetings;
import org.plenary.meetings.RegisterAttendance;
import org.plenary.meetings.SetSpeakerLimit;
import org.plenary.processes.Process;
import org.plenary.processes.ProcessId;
import org.plenary.processes.Processes;
import org.plenary.roster.Category;
import org.plenary.shared.MeetingId;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/processes/{pid}/meetings/{mid}")
@Tag(name = "Meetings", description = "Meetings, their agenda and speakers' lists")
class AttendanceApiController {

    record Registration(List<Attendance.Attendee> attendees) {
    }

    record Settings(Integer speakerLimit) {
    }

    record DelegationResponse(String participantId, String name, Category category,
            List<Attendance.Attendee> attendees) {
    }

    private final Processes processes;
    private final Meetings meetings;
    private final ListOfParticipants participants;
    private final RegisterAttendance register;
    private final SetSpeakerLimit setSpeakerLimit;

    AttendanceApiController(Processes processes, Meetings meetings, ListOfParticipants participants,
            RegisterAttendance register, SetSpeakerLimit setSpeakerLimit) {
        this.processes = processes;
        this.meetings = meetings;
        this.participants = participants;
        this.register = register;
        this.setSpeakerLimit = setSpeakerLimit;
    }

    @PutMapping("/attendance/mine")
    @Operation(operationId = "registerAttendance",
            summary = "Register who attends for the delegate's delegation, replacing its list; for virtual and "
            + "hybrid meetings at most speakerLimit speakers (delegates)")
    Registration register(@PathVariable ProcessId pid, @PathVariable String mid, @RequestBody Registration r) {
        return new Registration(register.execute(new RegisterAttendance.Command(pid, MeetingId.parse(mid),
                r.attendees())));
    }

    @GetMapping("/attendance/mine")
    @Operation(operationId = "getOwnAttendance", summary = "Who attends for the delegate's delegation (delegates)")
    Registration mine(@PathVariable ProcessId pid, @PathVariable String mid) {
        return new Registration(participants.mine(meetings.require(processes.require(pid), MeetingId.parse(mid))));
    }

    @GetMapping("/attendance")
    @Operation(operationId = "listAttendance",
            summary = "The list of participants: every delegation with its category and attendees, States "
            + "Parties first, then other States, then organisations, each by name (officers)")
    List<DelegationResponse> all(@PathVariable ProcessId pid, @PathVariable String mid) {
        Process process = processes.require(pid);
        return participants.of(process, meetings.require(process, MeetingId.parse(mid)),
                LocaleContextHolder.getLocale().getLanguage()).stream()
                .map(d -> new DelegationResponse(d.participantId().toString(), d.name(), d.category(), d.attendees()))
                .toList();
    }

    @PutMapping("/attendance-settings")
    @Operation(operationId = "setAttendanceSettings",
            summary = "Set how many speakers a delegation may register for a virtual or hybrid meeting (officers)")
    Settings settings(@PathVariable ProcessId pid, @PathVariable String mid, @RequestBody Settings r) {
        Meeting m = setSpeakerLimit.execute(new SetSpeakerLimit.Command(pid, MeetingId.parse(mid), r.speakerLimit()));
        return new Settings(m.speakerLimit());
    }
}
