package org.plenary.notifications;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers one queued e-mail, written by the composer of its kind, under the lock of its row: an e-mail already sent
 * is not sent again. The outcome is recorded and published ({@link MailDelivered}, {@link MailFailed}) in one
 * transaction. A temporary failure is rethrown, so that the outbox retries; a permanent rejection is not.
 */
@Service
class DeliverMail {

    enum Outcome { DELIVERED, REJECTED, NO_MAIL_SERVER }

    private static final Logger log = LoggerFactory.getLogger(DeliverMail.class);

    private final OutboxRepository rows;
    private final Map<String, MailComposer> composers;
    private final Mailer mailer;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DeliverMail(OutboxRepository rows, List<MailComposer> composers, Mailer mailer, ApplicationEventPublisher events,
            TransactionTemplate transaction, Clock clock) {
        this.rows = rows;
        this.composers = composers.stream().collect(Collectors.toMap(MailComposer::kind, Function.identity()));
        this.mailer = mailer;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
    }

    Outcome deliver(UUID id) {
        if (!mailer.configured()) {
            return Outcome.NO_MAIL_SERVER;
        }
        try {
            transaction.executeWithoutResult(status -> rows.lock(id).filter(row -> !row.status().equals("SENT"))
                    .ifPresent(row -> {
                        mailer.send(id, composer(row.mail().kind()).compose(row.mail()));
                        Instant at = clock.instant();
                        rows.markSent(id, at);
                        events.publishEvent(new MailDelivered(id, row.mail().kind(), at));
                    }));
            return Outcome.DELIVERED;
        } catch (RuntimeException e) {
            boolean permanent = SmtpReplies.permanent(e);
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            log.warn("E-mail {} failed{}: {}", id, permanent ? " for good" : "", reason);
            String shown = reason.length() <= 500 ? reason : reason.substring(0, 500);
            transaction.executeWithoutResult(status -> {
                Instant at = clock.instant();
                rows.markFailed(id, shown, at)
                        .ifPresent(kind -> events.publishEvent(new MailFailed(id, kind, shown, permanent, at)));
            });
            if (permanent) {
                return Outcome.REJECTED;
            }
            throw e;
        }
    }

    private MailComposer composer(String kind) {
        MailComposer composer = composers.get(kind);
        if (composer == null) {
            throw new IllegalStateException("No composer of e-mails of kind " + kind);
        }
        return composer;
    }
}
