package org.plenary.consultations;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.plenary.documents.DocumentId;

/**
 * The revised text the Presidency drafts from a closed consultation: per element of the base text what it became,
 * the elements it adds, and the positions and missing proposals that motivated each change. Issued, it is the
 * document's next revision ({@code …/Rev.1}).
 */
public record Revision(ConsultationId consultation, Status status, DocumentId document, Instant updatedAt,
        String updatedBy, Instant issuedAt, List<RevisedElement> elements) {

    public enum Status {
        DRAFT, ISSUED
    }

    /** Where the text of a revised element comes from; a deleted element has no text. */
    public enum Origin {
        BASE, PROPOSAL, OWN, DELETED, ADDED
    }

    /** An element of the revision and what motivated it: positions ({@code positions}) or missing proposals. */
    public record RevisedElement(String ref, Origin origin, String text, List<UUID> positions, List<UUID> missing) {

        public boolean changed() {
            return origin != Origin.BASE;
        }
    }

    /** A view cited by the revision: a position (its stance and proposed text) or a missing element proposed. */
    public record Cited(UUID id, String participantName, String stance, String text) {
    }

    /** The text of the revision: its elements that were not deleted, in order. */
    public List<NumberedText> text() {
        return elements.stream().filter(e -> e.origin() != Origin.DELETED).map(e -> new NumberedText(e.ref(), e.text()))
                .toList();
    }
}
