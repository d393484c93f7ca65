package org.plenary.consultations.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.plenary.consultations.Consultation;
import org.plenary.consultations.ConsultationId;
import org.plenary.consultations.Consultations;
import org.plenary.consultations.WriteConsultationVersion;
import org.plenary.consultations.web.ConsultationResponses.ConsultationResponse;
import org.plenary.processes.ProcessId;
import org.plenary.processes.Processes;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/processes/{pid}/consultations/{cid}/versions")
@Tag(name = "Consultations")
class ConsultationVersionApiController {

    /** The title, and the elements and questions by ref; those left out are read in the original. */
    record NewVersion(String title, Map<String, String> elements, Map<String, String> questions) {
    }

    private final Processes processes;
    private final Consultations consultations;
    private final WriteConsultationVersion write;

    ConsultationVersionApiController(Processes processes, Consultations consultations,
            WriteConsultationVersion write) {
        this.processes = processes;
        this.consultations = consultations;
        this.write = write;
    }

    @PutMapping("/{lang}")
    @Operation(operationId = "writeConsultationVersion", summary = "Add or correct the consultation's title, "
            + "elements and questions in another language of the process (officers); once it opens, a version can be "
            + "added but not changed (409)")
    ConsultationResponse write(@PathVariable ProcessId pid, @PathVariable String cid, @PathVariable String lang,
            @RequestBody NewVersion body) {
        ConsultationId id = write.execute(new WriteConsultationVersion.Command(pid, ConsultationId.parse(cid), lang,
                body.title(), body.elements(), body.questions())).id();
        Consultation c = consultations.require(processes.require(pid), id);
        return ConsultationResponse.of(c, consultations.status(c), consultations.versions(c));
    }
}
