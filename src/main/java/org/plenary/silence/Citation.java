package org.plenary.silence;

import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/**
 * A draft decision citing an earlier decision of its process: {@code draft} revises or recalls {@code decision}
 * (an adopted draft, whose id is the decision's). Each side is named for readers: the cited decision by its symbol
 * and title, the citing draft by its procedure's reference, its own label and title, and where it stands.
 */
@NamedInterface("api")
public record Citation(UUID draft, UUID decision, Relation relation, String decisionSymbol, String decisionTitle,
        SilenceProcedureId procedure, String procedureReference, String draftLabel, String draftTitle,
        DraftStatus draftStatus) {

    public enum Relation {
        REVISES, RECALLS
    }
}
