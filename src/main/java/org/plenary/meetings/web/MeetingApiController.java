package org.plenary.meetings.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.plenary.meetings.AgendaNumbering;
import org.plenary.meetings.AgendaStatus;
import org.plenary.meetings.AskForTheFloor;
import org.plenary.meetings.CloseMeeting;
import org.plenary.meetings.InterventionKind;
import org.plenary.meetings.ManageSpeakersList;
import org.plenary.meetings.Meeting;
import org.plenary.meetings.MeetingFormat;
import org.plenary.meetings.MeetingKind;
import org.plenary.meetings.MeetingStatus;
import org.plenary.meetings.Meetings;
import org.plenary.meetings.ReorderSpeakersList;
import org.plenary.meetings.RescheduleMeeting;
import org.plenary.meetings.ScheduleMeeting;
import org.plenary.meetings.Session;
import org.plenary.meetings.SetAgenda;
import org.plenary.meetings.SetSessions;
import org.plenary.meetings.Speaker;
import org.plenary.meetings.WithdrawFromList;
import org.plenary.processes.Process;
import org.plenary.processes.ProcessId;
import org.plenary.processes.Processes;
import org.plenary.roster.Category;
import org.plenary.roster.ParticipantId;
import org.plenary.shared.InvalidInputException;
import org.plenary.shared.MeetingId;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/processes/{pid}/meetings")
@Tag(name = "Meetings", description = "Meetings, their agenda and speakers' lists")
class MeetingApiController {

    record NewMeeting(String title, MeetingKind kind, MeetingFormat format, OffsetDateTime start, OffsetDateTime end,
            String venue, String onlineUrl) {
    }

    record Reschedule(OffsetDateTime start, OffsetDateTime end, String reason, String decision) {
    }

    record Agenda(AgendaStatus status, List<AgendaNumbering.Draft> items) {
    }

    record AgendaResponse(AgendaStatus status, List<MeetingResponse.Item> items) {
    }

    record SessionTimes(OffsetDateTime start, OffsetDateTime end) {
    }

    record Inscription(String agendaItem) {
    }

    record ListChange(String agendaItem, Boolean current, Boolean closed, Duration timeLimit, String giveFloorTo,
            InterventionKind floorKind, Boolean nextSpeaker) {

        ManageSpeakersList.Floor floor() {
            if (Boolean.TRUE.equals(nextSpeaker)) {
                if (giveFloorTo != null) {
                    throw InvalidInputException.of("nextSpeaker", "Give the floor either to the next speaker or to "
                            + "a named delegation, not both");
                }
                return ManageSpeakersList.Floor.NEXT;
            }
            return giveFloorTo == null ? null
                    : new ManageSpeakersList.Floor(ParticipantId.parseReference(giveFloorTo), floorKind);
        }
    }

    record NewOrder(String agendaItem, List<String> order, String reason) {
    }

    record SpeakerResponse(int position, String participantId, String participantName, Category category,
            Instant requestedAt) {
    }

    private final Processes processes;
    private final Meetings meetings;
    private final ScheduleMeeting schedule;
    private final RescheduleMeeting reschedule;
    private final CloseMeeting close;
    private final SetAgenda setAgenda;
    private final AskForTheFloor askForTheFloor;
    private final WithdrawFromList withdraw;
    private final ManageSpeakersList manageList;
    private final SetSessions setSessions;
    private final ReorderSpeakersList reorder;

    MeetingApiController(Processes processes, Meetings meetings, ScheduleMeeting schedule,
            RescheduleMeeting reschedule, CloseMeeting close, SetAgenda setAgenda, AskForTheFloor askForTheFloor,
            WithdrawFromList withdraw, ManageSpeakersList manageList, SetSessions setSessions,
            ReorderSpeakersList reorder) {
        this.reorder = reorder;
        this.setSessions = setSessions;
        this.withdraw = withdraw;
        this.manageList = manageList;
        this.processes = processes;
        this.meetings = meetings;
        this.schedule = schedule;
        this.reschedule = reschedule;
        this.close = close;
        this.setAgenda = setAgenda;
        this.askForTheFloor = askForTheFloor;
    }

    @PostMapping
    @Operation(operationId = "scheduleMeeting", summary = "Convene a meeting (officers)")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<MeetingResponse> create(@PathVariable ProcessId pid, @RequestBody NewMeeting r) {
        Meeting m = schedule.execute(new ScheduleMeeting.Command(pid, r.title(), r.kind(), r.format(),
                instant(r.start()), instant(r.end()), r.venue(), r.onlineUrl()));
        return ResponseEntity.created(URI.create("/api/v1/processes/" + m.process() + "/meetings/" + m.id()))
                .body(MeetingResponse.of(m));
    }

    @GetMapping
    @Operation(operationId = "listMeetings", summary = "The meetings of a process, by start")
    List<MeetingResponse> list(@PathVariable ProcessId pid) {
        return meetings.of(processes.require(pid)).stream().map(MeetingResponse::of).toList();
    }

    @GetMapping("/{mid}")
    @Operation(operationId = "getMeeting", summary = "One meeting with its status, agenda and history of dates")
    MeetingResponse get(@PathVariable ProcessId pid, @PathVariable String mid) {
        Meeting m = meetings.require(processes.require(pid), MeetingId.parse(mid));
        return MeetingResponse.of(m, meetings.versions(m));
    }

    @PostMapping("/{mid}/reschedule")
    @Operation(operationId = "rescheduleMeeting",
            summary = "Move a meeting to new dates, or postpone it without them; reason required (officers)")
    MeetingResponse reschedule(@PathVariable ProcessId pid, @PathVariable String mid, @RequestBody Reschedule r) {
        return MeetingResponse.of(reschedule.execute(new RescheduleMeeting.Command(pid, MeetingId.parse(mid),
                instant(r.start()), instant(r.end()), r.reason(), r.decision())));
    }

    @PostMapping("/{mid}/cancel")
    @Operation(operationId = "cancelMeeting", summary = "Cancel a meeting (officers)")
    MeetingResponse cancel(@PathVariable ProcessId pid, @PathVariable String mid) {
        return MeetingResponse.of(close.execute(new CloseMeeting.Command(pid, MeetingId.parse(mid), MeetingStatus.CANCELLED)));
    }

    @PostMapping("/{mid}/held")
    @Operation(operationId = "closeMeeting", summary = "Record that a meeting was held (officers)")
    MeetingResponse held(@PathVariable ProcessId pid, @PathVariable String mid) {
        return MeetingResponse.of(close.execute(new CloseMeeting.Command(pid, MeetingId.parse(mid), MeetingStatus.HELD)));
    }

    @PutMapping("/{mid}/agenda")
    @Operation(operationId = "setAgenda",
            summary = "Write the agenda; items are numbered by position: 1, 2, … and 5 (a), 5 (b), … (officers)")
    AgendaResponse putAgenda(@PathVariable ProcessId pid, @PathVariable String mid, @RequestBody Agenda r) {
        Meeting m = setAgenda.execute(new SetAgenda.Command(pid, MeetingId.parse(mid), r.status(), r.items()));
        return new AgendaResponse(m.agendaStatus(), MeetingResponse.agenda(m.agenda()));
    }

    @GetMapping("/{mid}/agenda")
    @Operation(operationId = "getAgenda", summary = "The agenda with the label of each item")
    AgendaResponse agenda(@PathVariable ProcessId pid, @PathVariable String mid) {
        Meeting m = meetings.require(processes.require(pid), MeetingId.parse(mid));
        return new AgendaResponse(m.agendaStatus(), MeetingResponse.agenda(m.agenda()));
    }

    @PutMapping("/{mid}/sessions")
    @Operation(operationId = "setSessions",
            summary = "Replace the sessions of a meeting: within it, each ending after it starts, none "
            + "overlapping (officers)")
    MeetingResponse putSessions(@PathVariable ProcessId pid, @PathVariable String mid,
            @RequestBody List<SessionTimes> r) {
        List<Session> sessions = r == null ? null : r.stream()
                .map(s -> s == null ? null : new Session(instant(s.start()), instant(s.end()))).toList();
        return MeetingResponse.of(setSessions.execute(new SetSessions.Command(pid, MeetingId.parse(mid), sessions)));
    }

    @PostMapping("/{mid}/speakers")
    @Operation(operationId = "askForTheFloor",
            summary = "Ask for the floor on an agenda item for the delegate's State or organisation (delegates)")
    ResponseEntity<List<SpeakerResponse>> inscribe(@PathVariable ProcessId pid, @PathVariable String mid,
            @RequestBody Inscription r) {
        String label = askForTheFloor.execute(new AskForTheFloor.Command(pid, MeetingId.parse(mid), r.agendaItem()));
        return ResponseEntity.status(201).body(speakers(pid, mid, label));
    }

    @GetMapping("/{mid}/speakers")
    @Operation(operationId = "listSpeakers",
            summary = "The speakers' list of an agenda item in order of precedence, or in the order the chair "
            + "set (requests made after it follow in order of precedence)")
    List<SpeakerResponse> speakers(@PathVariable ProcessId pid, @PathVariable String mid,
            @RequestParam String agendaItem) {
        Process process = processes.require(pid);
        List<Speaker> list = meetings.speakers(process, meetings.require(process, MeetingId.parse(mid)), agendaItem);
        return java.util.stream.IntStream.range(0, list.size())
                .mapToObj(i -> new SpeakerResponse(i + 1, list.get(i).participantId().toString(),
                        list.get(i).participantName(), list.get(i).category(), list.get(i).requestedAt()))
                .toList();
    }

    @DeleteMapping("/{mid}/speakers/mine")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "withdrawFromSpeakersList",
            summary = "Withdraw the delegation's request for the floor on an agenda item (delegates)")
    void withdraw(@PathVariable ProcessId pid, @PathVariable String mid, @RequestParam String agendaItem) {
        withdraw.execute(pid, MeetingId.parse(mid), agendaItem, InterventionKind.STATEMENT);
    }

    @GetMapping("/{mid}/speakers-list")
    @Operation(operationId = "getSpeakersList",
            summary = "A speakers' list as the room sees it: closed or open, time limit, floor, waiting list")
    SpeakersListResponse speakersList(@PathVariable ProcessId pid, @PathVariable String mid,
            @RequestParam String agendaItem) {
        Process process = processes.require(pid);
        return SpeakersListResponse.of(meetings.listState(process, meetings.require(process, MeetingId.parse(mid)),
                agendaItem));
    }

    @PatchMapping("/{mid}/speakers-list")
    @Operation(operationId = "manageSpeakersList",
            summary = "Take up an agenda item (current), close or reopen its speakers' list, set the time "
            + "limit (PT3M; three minutes until set), give the floor to a waiting delegation (giveFloorTo, on its "
            + "floorKind or its first request) or to the next speaker (nextSpeaker): points of order first, then the "
            + "list, rights of reply at the end of the item; 409 out of turn (officers)")
    SpeakersListResponse manage(@PathVariable ProcessId pid, @PathVariable String mid, @RequestBody ListChange r) {
        manageList.execute(new ManageSpeakersList.Command(pid, MeetingId.parse(mid), r.agendaItem(), r.current(),
                r.closed(), r.timeLimit(), r.floor()));
        return speakersList(pid, mid, r.agendaItem());
    }

    @PutMapping("/{mid}/speakers-list/order")
    @Operation(operationId = "reorderSpeakersList",
            summary = "Reorder the waiting delegations of a speakers' list, naming each once, with a reason "
            + "that is kept (officers)")
    SpeakersListResponse reorder(@PathVariable ProcessId pid, @PathVariable String mid, @RequestBody NewOrder r) {
        List<UUID> order = r.order() == null ? null : java.util.stream.IntStream.range(0, r.order().size())
                .mapToObj(i -> participant(r.order().get(i), "order[" + i + "]")).toList();
        reorder.execute(new ReorderSpeakersList.Command(pid, MeetingId.parse(mid), r.agendaItem(), order, r.reason()));
        return speakersList(pid, mid, r.agendaItem());
    }

    private static UUID participant(String id, String field) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw InvalidInputException.of(field, "A participant id is expected");
        }
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
