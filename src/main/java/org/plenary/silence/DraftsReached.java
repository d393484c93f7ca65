package org.plenary.silence;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.plenary.shared.InvalidInputException;

/** The drafts an answer names: every draft of the procedure when it names none, else those it names (400 for others). */
final class DraftsReached {

    private DraftsReached() {
    }

    static List<DraftDecision> named(List<DraftDecision> drafts, List<String> ids) {
        if (ids == null || ids.isEmpty()) {
            return drafts;
        }
        List<DraftDecision> named = new ArrayList<>();
        for (String id : ids) {
            DraftDecision draft = drafts.stream().filter(d -> d.id().toString().equals(id)).findFirst()
                    .orElseThrow(() -> InvalidInputException.of("drafts", "'" + id
                            + "' is not a draft of this procedure"));
            if (!named.contains(draft)) {
                named.add(draft);
            }
        }
        return named;
    }

    /** The ids of {@code drafts}. */
    static List<UUID> ids(List<DraftDecision> drafts) {
        return drafts.stream().map(DraftDecision::id).toList();
    }
}
