package org.plenary.processes.web;

import io.swagger.v3.oas.annotations.Operation;
import org.plenary.processes.ProcessId;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.plenary.audit.AuditEntry;
import org.plenary.audit.AuditLog;
import org.plenary.processes.AppointOfficer;
import org.plenary.processes.CreateProcess;
import org.plenary.processes.Officer;
import org.plenary.processes.OfficerRole;
import org.plenary.processes.Process;
import org.plenary.processes.ProcessPolicy;
import org.plenary.processes.Processes;
import org.plenary.roster.Category;
import org.plenary.roster.OrganisationType;
import org.plenary.roster.ParticipantKind;
import org.plenary.roster.Standing;
import org.plenary.roster.TreatyStatus;
import org.plenary.shared.Actor;
import org.plenary.shared.NotFoundException;
import org.plenary.shared.web.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/processes")
@Tag(name = "Processes", description = "Conference cycles, their officers and participants")
class ProcessApiController {

    record NewProcess(String code, String title, String treaty, String timeZone, List<String> languages,
            String silenceMinimumPeriod) {
    }

    record ProcessResponse(String id, String code, String title, String treaty, String timeZone,
            List<String> languages, String silenceMinimumPeriod, Instant createdAt) {

        static ProcessResponse of(Process p) {
            return new ProcessResponse(p.id().toString(), p.code(), p.title(), p.treaty(), p.timeZone().getId(),
                    p.languages(), p.silenceMinimumPeriod().toString(), p.createdAt());
        }
    }

    record NewOfficer(String userId, OfficerRole role) {
    }

    /** An officer; its id is the id of its account ({@code userId}), as one account holds one office per process. */
    record OfficerResponse(String id, String userId, String username, String displayName, OfficerRole role,
            Instant appointedAt) {

        static OfficerResponse of(Officer o) {
            return new OfficerResponse(o.accountId().toString(), o.accountId().toString(), o.username(),
                    o.displayName(), o.role(), o.appointedAt());
        }
    }

    record ParticipantStanding(String id, String name, ParticipantKind kind, String iso3,
            OrganisationType organisationType, TreatyStatus status, Category category) {

        static ParticipantStanding of(Standing s) {
            return new ParticipantStanding(s.id().toString(), s.name(), s.kind(), s.iso3(), s.organisationType(),
                    s.status(), s.category());
        }
    }

    private final Processes processes;
    private final CreateProcess createProcess;
    private final AppointOfficer appointOfficer;
    private final AuditLog audit;

    ProcessApiController(Processes processes, CreateProcess createProcess, AppointOfficer appointOfficer,
            AuditLog audit) {
        this.processes = processes;
        this.createProcess = createProcess;
        this.appointOfficer = appointOfficer;
        this.audit = audit;
    }

    @PostMapping
    @Operation(operationId = "createProcess", summary = "Create a process (administrators)")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ProcessResponse> create(@RequestBody NewProcess request) {
        Process p = createProcess.execute(new CreateProcess.Command(request.code(), request.title(), request.treaty(),
                request.timeZone(), request.languages(), request.silenceMinimumPeriod()));
        return ResponseEntity.created(URI.create("/api/v1/processes/" + p.id())).body(ProcessResponse.of(p));
    }

    @GetMapping
    @Operation(operationId = "listProcesses", summary = "List the processes")
    List<ProcessResponse> list() {
        return processes.all().stream().map(ProcessResponse::of).toList();
    }

    @GetMapping("/{pid}")
    @Operation(operationId = "getProcess", summary = "One process, by id or code")
    ProcessResponse get(@PathVariable ProcessId pid) {
        return ProcessResponse.of(processes.require(pid));
    }

    @PostMapping("/{pid}/officers")
    @Operation(operationId = "appointOfficer",
            summary = "Appoint an account to the Presidency or the Secretariat (administrators)")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<OfficerResponse> appoint(@PathVariable ProcessId pid, @RequestBody NewOfficer request) {
        Process p = processes.require(pid);
        Officer officer = appointOfficer.execute(new AppointOfficer.Command(p.id(), request.userId(), request.role()));
        return ResponseEntity.created(URI.create("/api/v1/processes/" + p.id() + "/officers/" + officer.accountId()))
                .body(OfficerResponse.of(officer));
    }

    @GetMapping("/{pid}/officers")
    @Operation(operationId = "listOfficers", summary = "The officers of a process")
    List<OfficerResponse> officers(@PathVariable ProcessId pid) {
        return processes.officers(processes.require(pid).id()).stream().map(OfficerResponse::of).toList();
    }

    @GetMapping("/{pid}/officers/{userId}")
    @Operation(operationId = "getOfficer", summary = "One officer of a process")
    OfficerResponse officer(@PathVariable ProcessId pid, @PathVariable String userId) {
        return processes.officers(processes.require(pid).id()).stream()
                .filter(o -> o.accountId().toString().equals(userId)).findFirst().map(OfficerResponse::of)
                .orElseThrow(() -> new NotFoundException("Officer", userId));
    }

    @GetMapping("/{pid}/participants")
    @Operation(operationId = "listProcessParticipants",
            summary = "Every participant with its category on a date (default: today in the process's time zone)")
    List<ParticipantStanding> participants(@PathVariable ProcessId pid, @RequestParam(required = false) LocalDate at) {
        Process p = processes.require(pid);
        return processes.participants(p, at == null ? processes.today(p) : at).stream()
                .map(ParticipantStanding::of).toList();
    }

    @GetMapping("/{pid}/audit")
    @Operation(operationId = "getProcessAudit", summary = "The audit entries of a process, newest first (officers)")
    ResponseEntity<List<AuditEntry>> audit(@PathVariable ProcessId pid, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        Process p = processes.require(pid);
        Actor actor = Actor.require();
        ProcessPolicy.mayReadAudit(actor, processes.roleOf(p.id(), actor)).orForbid();
        PageRequest paging = PageRequest.of(page, size);
        return paging.respond(audit.ofProcess(p.id().value(), paging.offset(), paging.limitWithLookahead()));
    }
}
