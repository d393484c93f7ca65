package org.plenary.silence;

import java.time.LocalDate;
import org.plenary.roster.ParticipantId;

/**
 * The effect of a draft decision granting a State's request for an extension: once adopted, the State's obligation
 * deadline under {@code article} of the process's treaty becomes {@code deadline} (the roster records it).
 */
public record DeadlineExtension(ParticipantId participant, String article, LocalDate deadline) {
}
