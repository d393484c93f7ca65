package org.plenary.notifications;

import java.time.Instant;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/**
 * An attempt to deliver a queued e-mail failed, with the reason (the mail server's answer). {@code permanent}: the
 * server rejected it (SMTP 5xx) and the outbox will not try again; otherwise it retries with backoff. Published in
 * the transaction that records it, like {@link MailDelivered}.
 */
@NamedInterface("api")
public record MailFailed(UUID id, String kind, String reason, boolean permanent, Instant at) {
}
