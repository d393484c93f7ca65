package org.plenary.notifications;

import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.plenary.audit.TreeHead;
import org.plenary.notifications.OutboxRepository.Claimed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers a batch of claimed e-mails: each is written by the composer of its kind before the mail server is
 * reached, then all are sent one after the other over one SMTP connection (a new one if it breaks), and each
 * outcome is recorded and published ({@link MailDelivered}, {@link MailFailed}) in its own short transaction as soon
 * as the server has answered. No database connection is held while talking to the mail server. A temporary failure
 * is retried with backoff ({@link OutboxProperties#retryAfter}); a permanent rejection is not. When the server
 * cannot be reached, every e-mail left in the batch fails with that reason.
 */
@Service
class DeliverMail {

    private static final Logger log = LoggerFactory.getLogger(DeliverMail.class);

    /** A claimed e-mail ready to send, or the reason it could not be written. */
    private record Prepared(Claimed claimed, MimeMessage message, RuntimeException failure) {
    }

    private final OutboxRepository rows;
    private final Map<String, MailComposer> composers;
    private final Mailer mailer;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final OutboxProperties settings;
    private final Clock clock;

    DeliverMail(OutboxRepository rows, List<MailComposer> composers, Mailer mailer, ApplicationEventPublisher events,
            TransactionTemplate transaction, OutboxProperties settings, Clock clock) {
        this.rows = rows;
        this.composers = composers.stream().collect(Collectors.toMap(MailComposer::kind, Function.identity()));
        this.mailer = mailer;
        this.events = events;
        this.transaction = transaction;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Delivers {@code batch} while {@code going}, and for half its lease at most, so that no claim runs out while
     * its e-mail is being sent: what is left then is given back at once, for any delivery to take.
     */
    void deliver(List<Claimed> batch, BooleanSupplier going) {
        long until = System.nanoTime() + settings.lease().toNanos() / 2;
        Optional<TreeHead> head = mailer.latestTreeHead();
        List<Prepared> prepared = batch.stream().map(claimed -> prepare(claimed, head)).toList();
        SmtpConnection connection = null;
        int next = 0;
        try {
            for (; next < prepared.size() && going.getAsBoolean() && System.nanoTime() < until; next++) {
                Prepared mail = prepared.get(next);
                if (mail.failure() != null) {
                    recordFailure(mail.claimed(), mail.failure());
                    continue;
                }
                if (connection == null || connection.broken()) {
                    close(connection);
                    connection = null;
                    try {
                        connection = mailer.connect();
                    } catch (RuntimeException unreachable) {
                        prepared.subList(next, prepared.size()).forEach(m -> recordFailure(m.claimed(),
                                m.failure() == null ? unreachable : m.failure()));
                        next = prepared.size();
                        break;
                    }
                }
                try {
                    connection.send(mail.message(), mail.claimed().mail().to());
                    recordSent(mail.claimed());
                } catch (RuntimeException refused) {
                    recordFailure(mail.claimed(), refused);
                }
            }
        } finally {
            close(connection);
        }
        if (next < prepared.size()) {
            rows.release(prepared.subList(next, prepared.size()).stream().map(m -> m.claimed().mail().id()).toList());
        }
    }

    private Prepared prepare(Claimed claimed, Optional<TreeHead> head) {
        try {
            QueuedMail mail = claimed.mail();
            return new Prepared(claimed, mailer.message(mail.id(), composer(mail.kind()).compose(mail), head), null);
        } catch (RuntimeException e) {
            return new Prepared(claimed, null, e);
        }
    }

    private void recordSent(Claimed claimed) {
        transaction.executeWithoutResult(status -> {
            Instant at = clock.instant();
            if (rows.markSent(claimed.mail().id(), at)) {
                events.publishEvent(new MailDelivered(claimed.mail().id(), claimed.mail().kind(), at));
            }
        });
    }

    private void recordFailure(Claimed claimed, RuntimeException e) {
        boolean permanent = SmtpReplies.permanent(e);
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        log.warn("E-mail {} failed{}: {}", claimed.mail().id(), permanent ? " for good" : "", reason);
        String shown = reason.length() <= 500 ? reason : reason.substring(0, 500);
        transaction.executeWithoutResult(status -> {
            Instant at = clock.instant();
            rows.markFailed(claimed.mail().id(), shown, at,
                            permanent ? Optional.empty() : settings.retryAfter(claimed.attempts() + 1))
                    .ifPresent(kind -> events.publishEvent(
                            new MailFailed(claimed.mail().id(), kind, shown, permanent, at)));
        });
    }

    private MailComposer composer(String kind) {
        MailComposer composer = composers.get(kind);
        if (composer == null) {
            throw new IllegalStateException("No composer of e-mails of kind " + kind);
        }
        return composer;
    }

    private static void close(SmtpConnection connection) {
        if (connection != null) {
            connection.close();
        }
    }
}
