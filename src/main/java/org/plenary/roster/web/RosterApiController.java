package org.plenary.roster.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.plenary.roster.CreateTreaty;
import org.plenary.roster.ImportTreatyStatuses;
import org.plenary.roster.OrganisationType;
import org.plenary.roster.Participant;
import org.plenary.roster.ParticipantId;
import org.plenary.roster.ParticipantNames;
import org.plenary.roster.ParticipantKind;
import org.plenary.roster.RecordTreatyStatus;
import org.plenary.roster.RegisterParticipant;
import org.plenary.roster.Roster;
import org.plenary.roster.Treaty;
import org.plenary.roster.TreatyStatus;
import org.plenary.shared.NotFoundException;
import org.plenary.shared.web.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Roster", description = "States, organisations, treaties and treaty statuses")
class RosterApiController {

    record NewParticipant(String name, @NotNull ParticipantKind kind, String iso3,
            OrganisationType organisationType) {
    }

    record NewTreaty(String code, String title) {
    }

    /** A treaty; its code is its id. */
    record TreatyResponse(String id, String code, String title) {

        static TreatyResponse of(Treaty t) {
            return new TreatyResponse(t.code(), t.code(), t.title());
        }
    }

    record StatusChangeRequest(@NotNull TreatyStatus status, @NotNull LocalDate since) {
    }

    private final Roster roster;
    private final RegisterParticipant registerParticipant;
    private final CreateTreaty createTreaty;
    private final RecordTreatyStatus recordTreatyStatus;
    private final ImportTreatyStatuses importTreatyStatuses;
    private final ParticipantNames names;

    RosterApiController(Roster roster, RegisterParticipant registerParticipant, CreateTreaty createTreaty,
            RecordTreatyStatus recordTreatyStatus, ImportTreatyStatuses importTreatyStatuses, ParticipantNames names) {
        this.names = names;
        this.roster = roster;
        this.registerParticipant = registerParticipant;
        this.createTreaty = createTreaty;
        this.recordTreatyStatus = recordTreatyStatus;
        this.importTreatyStatuses = importTreatyStatuses;
    }

    @PostMapping("/participants")
    @Operation(operationId = "registerParticipant", summary = "Add a State or an organisation (administrators)")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ParticipantResponse> register(@Valid @RequestBody NewParticipant request) {
        Participant p = registerParticipant.execute(new RegisterParticipant.Command(request.name(), request.kind(),
                request.iso3(), request.organisationType()));
        return ResponseEntity.created(URI.create("/api/v1/participants/" + p.id()))
                .body(ParticipantResponse.of(p, treatyCodes(), names.of(p)));
    }

    @GetMapping("/participants")
    @Operation(operationId = "listParticipants", summary = "List the participants, by name")
    ResponseEntity<List<ParticipantResponse>> participants(@RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        PageRequest paging = PageRequest.of(page, size);
        List<String> treaties = treatyCodes();
        Map<UUID, Map<String, String>> translated = names.all();
        List<ParticipantResponse> all = roster.participants().stream()
                .skip(paging.offset()).limit(paging.limitWithLookahead())
                .map(p -> ParticipantResponse.of(p, treaties, names.of(p, translated))).toList();
        return paging.respond(all);
    }

    @GetMapping("/participants/{id}")
    @Operation(operationId = "getParticipant", summary = "One participant with its treaty status history")
    ParticipantResponse participant(@PathVariable String id) {
        Participant p = roster.participant(ParticipantId.parse(id))
                .orElseThrow(() -> new NotFoundException("Participant", id));
        return ParticipantResponse.of(p, treatyCodes(), names.of(p));
    }

    @PostMapping("/treaties")
    @Operation(operationId = "createTreaty", summary = "Register a treaty (administrators)")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<TreatyResponse> createTreaty(@RequestBody NewTreaty request) {
        Treaty treaty = createTreaty.execute(new CreateTreaty.Command(request.code(), request.title()));
        return ResponseEntity.created(URI.create("/api/v1/treaties/" + treaty.code())).body(TreatyResponse.of(treaty));
    }

    @GetMapping("/treaties")
    @Operation(operationId = "listTreaties", summary = "List the treaties")
    List<TreatyResponse> treaties() {
        return roster.treaties().stream().map(TreatyResponse::of).toList();
    }

    @GetMapping("/treaties/{code}")
    @Operation(operationId = "getTreaty", summary = "One treaty")
    TreatyResponse treaty(@PathVariable String code) {
        return roster.treaty(code).map(TreatyResponse::of).orElseThrow(() -> new NotFoundException("Treaty", code));
    }

    @PutMapping("/treaties/{code}/statuses/{participantId}")
    @Operation(operationId = "recordTreatyStatus",
            summary = "Record a change of a State's treaty status from a date on (administrators)")
    ParticipantResponse recordStatus(@PathVariable String code, @PathVariable String participantId,
            @Valid @RequestBody StatusChangeRequest request) {
        Participant p = recordTreatyStatus.execute(new RecordTreatyStatus.Command(code,
                ParticipantId.parse(participantId), request.status(), request.since()));
        return ParticipantResponse.of(p, treatyCodes(), names.of(p));
    }

    @PostMapping(path = "/treaties/{code}/statuses", consumes = "text/csv")
    @ResponseStatus(HttpStatus.OK)
    @Operation(operationId = "importTreatyStatuses",
            summary = "Import statuses from CSV (name,iso3,status,since), all or nothing (administrators)")
    ImportTreatyStatuses.Result importStatuses(@PathVariable String code,
            @RequestBody(required = false) byte[] csv) {
        return importTreatyStatuses.execute(code, csv);
    }

    private List<String> treatyCodes() {
        return roster.treaties().stream().map(Treaty::code).toList();
    }
}
