package org.plenary.roster.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.plenary.roster.ExportRoster;
import org.plenary.roster.Roster;
import org.plenary.roster.Treaty;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The roster as files: its treaty statuses over time as re-importable CSV, and every participant as JSON. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Roster")
class RosterExportController {

    private final ExportRoster exportRoster;
    private final Roster roster;

    RosterExportController(ExportRoster exportRoster, Roster roster) {
        this.exportRoster = exportRoster;
        this.roster = roster;
    }

    @GetMapping(path = "/participants.csv", produces = "text/csv")
    @Operation(operationId = "exportTreatyStatuses", summary = "Every State's statuses towards a treaty over time, as CSV",
            description = "One row per change (name,iso3,status,since,name_ar,name_zh,name_fr,name_ru,name_es), "
                    + "re-importable by importTreatyStatuses.")
    ResponseEntity<String> csv(@Parameter(example = "CCM") @RequestParam String treaty) {
        String csv = exportRoster.csv(treaty);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, "text/csv;charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("participants-" + treaty + ".csv").build().toString())
                .body(csv);
    }

    @GetMapping(path = "/participants.json", produces = "application/json")
    @Operation(operationId = "exportParticipants",
            summary = "Every participant with its names and its treaty statuses over time, unpaged",
            description = "With a treaty, only the participants that have a status towards it, and only those statuses.")
    ResponseEntity<List<ParticipantResponse>> json(
            @Parameter(example = "CCM") @RequestParam(required = false) String treaty) {
        List<String> treaties = treaty != null ? List.of(treaty) : roster.treaties().stream().map(Treaty::code).toList();
        List<ParticipantResponse> all = exportRoster.entries(treaty).stream()
                .map(e -> ParticipantResponse.of(e.participant(), treaties, e.names())).toList();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(treaty == null ? "participants.json" : "participants-" + treaty + ".json")
                        .build().toString())
                .body(all);
    }
}
