package org.plenary.silence.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.plenary.processes.Process;
import org.plenary.processes.ProcessId;
import org.plenary.processes.Processes;
import org.plenary.silence.SilenceProcedureId;
import org.plenary.silence.SilenceProcedures;
import org.plenary.silence.WriteDraftVersion;
import org.plenary.silence.WriteProcedureVersion;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/processes/{pid}/silence-procedures/{id}")
@Tag(name = "Silence procedures")
class ProcedureVersionApiController {

    record NewVersion(String subject, String proposal) {
    }

    record NewDraftVersion(String title, String text) {
    }

    private final Processes processes;
    private final SilenceProcedures procedures;
    private final WriteProcedureVersion write;
    private final WriteDraftVersion writeDraft;

    ProcedureVersionApiController(Processes processes, SilenceProcedures procedures, WriteProcedureVersion write,
            WriteDraftVersion writeDraft) {
        this.writeDraft = writeDraft;
        this.processes = processes;
        this.procedures = procedures;
        this.write = write;
    }

    @PutMapping("/versions/{lang}")
    @Operation(operationId = "writeSilenceProcedureVersion", summary = "Add or correct the procedure's version in "
            + "another language of the process (Presidency, Secretariat); once circulated, a version can be added but not changed (409)")
    ProcedureResponse write(@PathVariable ProcessId pid, @PathVariable String id, @PathVariable String lang,
            @RequestBody NewVersion body) {
        SilenceProcedureId procedure = write.execute(new WriteProcedureVersion.Command(pid,
                SilenceProcedureId.parse(id), lang, body.subject(), body.proposal())).id();
        Process process = processes.require(pid);
        return ProcedureResponse.of(procedures.view(process, procedure), procedures.officer(process));
    }

    @PutMapping("/drafts/{draft}/versions/{lang}")
    @Operation(operationId = "writeSilenceDraftVersion", summary = "Add or correct the version of one draft decision "
            + "in another language of the process (Presidency, Secretariat); once circulated, a version can be added "
            + "but not changed (409)")
    ProcedureResponse writeDraft(@PathVariable ProcessId pid, @PathVariable String id, @PathVariable String draft,
            @PathVariable String lang, @RequestBody NewDraftVersion body) {
        SilenceProcedureId procedure = writeDraft.execute(new WriteDraftVersion.Command(pid,
                SilenceProcedureId.parse(id), draft, lang, body.title(), body.text())).id();
        Process process = processes.require(pid);
        return ProcedureResponse.of(procedures.view(process, procedure), procedures.officer(process));
    }
}
