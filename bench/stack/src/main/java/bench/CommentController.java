package bench;

import java.net.URI;
import java.time.Instant;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The one endpoint, at Plenary's path for a comment: 201, the answer's location and a small receipt. */
@RestController
@RequestMapping("/api/v1/processes/{pid}/silence-procedures")
class CommentController {

    record Comment(String text) {
    }

    record Receipt(String reference, Instant receivedAt, String auditEntry) {
    }

    record Received(String id, String kind, int procedureId, int participantId, Instant at, String text,
            Receipt receipt) {
    }

    private final Comments comments;

    CommentController(Comments comments) {
        this.comments = comments;
    }

    @PostMapping("/{id}/comments")
    ResponseEntity<Received> comment(@PathVariable String pid, @PathVariable int id, @RequestBody Comment body,
            @AuthenticationPrincipal Delegate delegate) {
        Comments.Recorded r = comments.record(id, delegate, body.text());
        URI location = URI.create("/api/v1/processes/" + pid + "/silence-procedures/" + id + "/receipts/" + r.id());
        return ResponseEntity.created(location).body(new Received(r.id().toString(), "COMMENT", id,
                delegate.participant(), r.receivedAt(), body.text(),
                new Receipt(r.id().toString(), r.receivedAt(), r.auditEntry().toString())));
    }
}
