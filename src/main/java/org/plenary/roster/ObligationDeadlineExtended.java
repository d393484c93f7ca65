package org.plenary.roster;

import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/**
 * The roster's answer to a {@link DeadlineExtensionDecided}: what became of the extension the decision
 * ({@code decision}, the draft) granted, in a sentence for readers ("The Article 4 deadline of Peru is extended from
 * … to …", or why it could not be), so that the module that took the decision shows the effect applied.
 */
@NamedInterface("api")
public record ObligationDeadlineExtended(UUID decision, String result) {
}
