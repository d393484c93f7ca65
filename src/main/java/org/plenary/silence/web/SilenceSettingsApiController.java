package org.plenary.silence.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.plenary.processes.ProcessId;
import org.plenary.processes.Processes;
import org.plenary.silence.ObjectionsPublication;
import org.plenary.silence.SetObjectionsPublication;
import org.plenary.silence.SilenceSettings;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/processes/{pid}/silence-settings")
@Tag(name = "Silence procedures")
class SilenceSettingsApiController {

    record Settings(ObjectionsPublication objectionsPublication) {
    }

    private final Processes processes;
    private final SilenceSettings settings;
    private final SetObjectionsPublication set;

    SilenceSettingsApiController(Processes processes, SilenceSettings settings, SetObjectionsPublication set) {
        this.processes = processes;
        this.settings = settings;
        this.set = set;
    }

    @GetMapping
    @Operation(operationId = "getSilenceSettings", summary = "What the process publishes of objections: NAMED, "
            + "WITHOUT_NAMES or NOT_PUBLISHED (the default: the objecting State is named to delegations only)")
    Settings get(@PathVariable ProcessId pid) {
        return new Settings(settings.objectionsPublication(processes.require(pid).id()));
    }

    @PutMapping
    @Operation(operationId = "setSilenceSettings", summary = "Set what the process publishes of objections "
            + "(Presidency, Secretariat); the public page and outcome letters follow it")
    Settings put(@PathVariable ProcessId pid, @RequestBody Settings body) {
        return new Settings(set.execute(pid, body == null ? null : body.objectionsPublication()));
    }
}
