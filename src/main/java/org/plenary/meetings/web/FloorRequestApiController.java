package org.plenary.meetings.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.plenary.meetings.AskForTheFloor;
import org.plenary.meetings.InterventionKind;
import org.plenary.meetings.Meetings;
import org.plenary.meetings.WithdrawFromList;
import org.plenary.processes.Process;
import org.plenary.processes.ProcessId;
import org.plenary.processes.Processes;
import org.plenary.shared.MeetingId;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A delegation's points of order (heard before the list of speakers) and rights of reply (heard at the end of the
 * item), beside its requests for the floor; each answers the speakers' list as the room sees it.
 */
@RestController
@RequestMapping("/api/v1/processes/{pid}/meetings/{mid}")
@Tag(name = "Meetings")
class FloorRequestApiController {

    record Request(String agendaItem) {
    }

    private final Processes processes;
    private final Meetings meetings;
    private final AskForTheFloor ask;
    private final WithdrawFromList withdraw;

    FloorRequestApiController(Processes processes, Meetings meetings, AskForTheFloor ask, WithdrawFromList withdraw) {
        this.processes = processes;
        this.meetings = meetings;
        this.ask = ask;
        this.withdraw = withdraw;
    }

    @PostMapping("/points-of-order")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "raisePointOfOrder",
            summary = "Raise a point of order on an agenda item, heard before the list of speakers; States Parties "
            + "only, one waiting at a time (delegates)")
    ResponseEntity<SpeakersListResponse> raise(@PathVariable ProcessId pid, @PathVariable String mid,
            @RequestBody Request r) {
        return asked(pid, mid, r, InterventionKind.POINT_OF_ORDER);
    }

    @DeleteMapping("/points-of-order/mine")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "withdrawPointOfOrder",
            summary = "Withdraw the delegation's point of order on an agenda item before it is heard (delegates)")
    void withdrawPointOfOrder(@PathVariable ProcessId pid, @PathVariable String mid, @RequestParam String agendaItem) {
        withdraw.execute(pid, MeetingId.parse(mid), agendaItem, InterventionKind.POINT_OF_ORDER);
    }

    @PostMapping("/replies")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "askForRightOfReply",
            summary = "Ask for a right of reply on an agenda item, heard at the end of the item once nobody waits "
            + "on the list of speakers; States only, one waiting at a time (delegates)")
    ResponseEntity<SpeakersListResponse> reply(@PathVariable ProcessId pid, @PathVariable String mid,
            @RequestBody Request r) {
        return asked(pid, mid, r, InterventionKind.RIGHT_OF_REPLY);
    }

    @DeleteMapping("/replies/mine")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "withdrawRightOfReply",
            summary = "Withdraw the delegation's request for a right of reply on an agenda item before it is heard "
            + "(delegates)")
    void withdrawReply(@PathVariable ProcessId pid, @PathVariable String mid, @RequestParam String agendaItem) {
        withdraw.execute(pid, MeetingId.parse(mid), agendaItem, InterventionKind.RIGHT_OF_REPLY);
    }

    private ResponseEntity<SpeakersListResponse> asked(ProcessId pid, String mid, Request r, InterventionKind kind) {
        MeetingId meeting = MeetingId.parse(mid);
        String label = ask.execute(new AskForTheFloor.Command(pid, meeting, r == null ? null : r.agendaItem(), kind));
        Process process = processes.require(pid);
        return ResponseEntity.created(URI.create("/api/v1/processes/" + process.id().value() + "/meetings/" + meeting
                        + "/speakers-list?agendaItem=" + URLEncoder.encode(label, StandardCharsets.UTF_8)
                        .replace("+", "%20")))
                .body(SpeakersListResponse.of(meetings.listState(process, meetings.require(process, meeting), label)));
    }
}
