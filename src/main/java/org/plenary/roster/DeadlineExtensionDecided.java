package org.plenary.roster;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/**
 * An adopted decision extended a State's obligation deadline under an article of a treaty until {@code deadline}.
 * Declared here, published by the module that took the decision (silence, per adopted draft), so that the roster
 * records the extension without depending on it. {@code decision} identifies the decision (the draft), once;
 * {@code decidedBy} names it to readers (its symbol).
 */
@NamedInterface("api")
public record DeadlineExtensionDecided(String treaty, ParticipantId participant, String article, LocalDate deadline,
        UUID decision, String decidedBy, Instant at) {
}
