package org.plenary.notifications;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/**
 * The mail server accepted queued e-mails of one kind, {@code ids}. Published in the transaction that records them,
 * so that the module that queued them records them in the same transaction (a plain, synchronous listener), all at
 * once: the outbox reports a batch of e-mails together.
 */
@NamedInterface("api")
public record MailDelivered(String kind, List<UUID> ids, Instant at) {
}
