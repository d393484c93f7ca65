package org.plenary.roster;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/**
 * A State's treaty obligation deadline under one article ("Article 4", clearance and destruction), with the history
 * of its changes, oldest first: the deadline first recorded, then each extension and the decision that granted it.
 */
@NamedInterface("api")
public record ObligationDeadline(ParticipantId participant, String treaty, String article, LocalDate deadline,
        List<Change> history) {

    /** One change: from {@code previous} (none when first recorded) to {@code deadline}, by a decision or not. */
    public record Change(LocalDate previous, LocalDate deadline, UUID decision, String decidedBy, Instant at,
            String by) {
    }
}
