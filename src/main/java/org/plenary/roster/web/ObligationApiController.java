package org.plenary.roster.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.plenary.roster.ObligationDeadline;
import org.plenary.roster.ParticipantId;
import org.plenary.roster.RecordObligationDeadline;
import org.plenary.roster.Roster;
import org.plenary.shared.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A State's treaty obligation deadlines: read by everyone signed in, recorded by administrators. */
@RestController
@RequestMapping("/api/v1/participants/{id}/obligations")
@Tag(name = "Roster")
class ObligationApiController {

    record NewObligation(String treaty, String article, LocalDate deadline) {
    }

    record ObligationResponse(String participantId, String treaty, String article, LocalDate deadline,
            List<ObligationDeadline.Change> history) {

        static ObligationResponse of(ObligationDeadline o) {
            return new ObligationResponse(o.participant().toString(), o.treaty(), o.article(), o.deadline(),
                    o.history());
        }
    }

    private final Roster roster;
    private final RecordObligationDeadline record;

    ObligationApiController(Roster roster, RecordObligationDeadline record) {
        this.roster = roster;
        this.record = record;
    }

    @GetMapping
    @Operation(operationId = "listObligations",
            summary = "A State's treaty obligation deadlines, each with its history and the decisions that extended it")
    List<ObligationResponse> obligations(@PathVariable String id) {
        ParticipantId participant = ParticipantId.parse(id);
        roster.participant(participant).orElseThrow(() -> new NotFoundException("Participant", id));
        return roster.obligations(participant).stream().map(ObligationResponse::of).toList();
    }

    @PutMapping
    @Operation(operationId = "recordObligation",
            summary = "Record a State's obligation deadline under an article of a treaty (administrators)")
    ObligationResponse record(@PathVariable String id, @RequestBody NewObligation request) {
        return ObligationResponse.of(record.execute(new RecordObligationDeadline.Command(ParticipantId.parse(id), request.treaty(),
                request.article(), request.deadline())));
    }
}
