package org.plenary.notifications;

import java.time.Instant;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/**
 * The mail server accepted a queued e-mail. Published in the transaction that records it, so that the module that
 * queued it records it in the same transaction (a plain, synchronous listener).
 */
@NamedInterface("api")
public record MailDelivered(UUID id, String kind, Instant at) {
}
