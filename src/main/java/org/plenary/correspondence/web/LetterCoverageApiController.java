package org.plenary.correspondence.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.plenary.contacts.Coverage;
import org.plenary.correspondence.DispatchUnreached;
import org.plenary.correspondence.LetterId;
import org.plenary.correspondence.Letters;
import org.plenary.processes.Process;
import org.plenary.processes.ProcessId;
import org.plenary.processes.Processes;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** How far a letter reaches, before and after sending, and sending it to those it could not reach before. */
@RestController
@RequestMapping("/api/v1/processes/{pid}/letters/{lid}")
@Tag(name = "Letters")
class LetterCoverageApiController {

    /** How many e-mails were queued for the participants that had no address when the letter was sent. */
    record Dispatched(int dispatches) {
    }

    private final Processes processes;
    private final Letters letters;
    private final DispatchUnreached dispatchUnreached;

    LetterCoverageApiController(Processes processes, Letters letters, DispatchUnreached dispatchUnreached) {
        this.processes = processes;
        this.letters = letters;
        this.dispatchUnreached = dispatchUnreached;
    }

    @GetMapping("/coverage")
    @Operation(operationId = "getLetterCoverage",
            summary = "Participants addressed, reached (with at least one address) and, by name, unreached: "
            + "whom sending would reach, or whom the sent letter reached (officers)")
    Coverage coverage(@PathVariable ProcessId pid, @PathVariable String lid) {
        Process process = processes.require(pid);
        return letters.coverage(process, letters.require(process, LetterId.parse(lid)));
    }

    @PostMapping("/dispatch-unreached")
    @Operation(operationId = "dispatchToUnreached",
            summary = "Send a sent letter to the addressed participants that have gained an address since and "
            + "received nothing (Presidency); answers the number of new e-mails")
    Dispatched dispatchUnreached(@PathVariable ProcessId pid, @PathVariable String lid) {
        return new Dispatched(dispatchUnreached.execute(pid, LetterId.parse(lid)));
    }
}
