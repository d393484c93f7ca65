package org.plenary.notifications;

import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/**
 * An e-mail handed to the outbox: {@code id} is the record of the module that queued it (a letter's dispatch, a
 * notice), {@code kind} names the {@link MailComposer} that writes it, to {@code to} in {@code language}.
 */
@NamedInterface("api")
public record QueuedMail(UUID id, String kind, String to, String language) {
}
