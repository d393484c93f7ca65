package org.plenary.desk.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.plenary.desk.Desk;
import org.plenary.desk.PendingItem;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** What awaits the caller, as the desk page shows it. */
@RestController
@Tag(name = "Delegation desk", description = "What awaits the caller's delegation, or the officers of its processes")
class DeskApiController {

    private final Desk desk;

    DeskApiController(Desk desk) {
        this.desk = desk;
    }

    @GetMapping("/api/v1/me/pending")
    @Operation(operationId = "listPending", summary = "What awaits the caller's delegation (or, for officers, their processes), most urgent first",
            description = "Each item has its kind, process, id, title, when it is due (absent for a letter) and its "
                    + "state: NOT_ANSWERED, OBJECTED, COMMENTED or AMENDMENT_PROPOSED for a silence procedure; "
                    + "NOT_STARTED or SUBMITTED for a consultation; for officers the counts of answers, and the "
                    + "letters that did not reach every addressee. Letters received count from the caller's "
                    + "previous visit of the desk page.")
    List<PendingItem> pending() {
        return desk.pending();
    }
}
