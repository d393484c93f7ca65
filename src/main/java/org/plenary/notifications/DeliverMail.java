package org.plenary.notifications;

import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
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
 * Delivers a batch of claimed e-mails: they are written by the composers of their kinds, a kind at a time, before
 * the mail server is reached, then sent one after the other over one SMTP connection (a new one if it breaks), and
 * each outcome is handed over as soon as the server has answered, to be recorded and published
 * ({@link MailDelivered}, {@link MailFailed}) with the others waiting in one short transaction ({@link Outcomes}).
 * No database connection is held while talking to the mail server. A temporary failure
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
        List<Prepared> prepared = prepare(batch);
        SmtpConnection connection = null;
        int next = 0;
        try (Outcomes outcomes = new Outcomes(this::record)) {
            for (; next < prepared.size() && going.getAsBoolean() && outcomes.recording()
                    && System.nanoTime() < until; next++) {
                Prepared mail = prepared.get(next);
                if (mail.failure() != null) {
                    outcomes.failed(mail.claimed(), mail.failure());
                    continue;
                }
                if (connection == null || connection.broken()) {
                    close(connection);
                    connection = null;
                    try {
                        connection = mailer.connect();
                    } catch (RuntimeException unreachable) {
                        prepared.subList(next, prepared.size()).forEach(m -> outcomes.failed(m.claimed(),
                                m.failure() == null ? unreachable : m.failure()));
                        next = prepared.size();
                        break;
                    }
                }
                try {
                    connection.send(mail.message(), mail.claimed().mail().to());
                    outcomes.sent(mail.claimed());
                } catch (RuntimeException refused) {
                    outcomes.failed(mail.claimed(), refused);
                }
            }
        } finally {
            close(connection);
        }
        if (next < prepared.size()) {
            rows.release(prepared.subList(next, prepared.size()).stream().map(m -> m.claimed().mail().id()).toList());
        }
    }

    /** The e-mails of the batch, written by their composers a kind at a time. */
    private List<Prepared> prepare(List<Claimed> batch) {
        Optional<TreeHead> head = mailer.latestTreeHead();
        List<Prepared> prepared = new ArrayList<>();
        batch.stream().collect(Collectors.groupingBy(c -> c.mail().kind(), LinkedHashMap::new, Collectors.toList()))
                .forEach((kind, mails) -> prepared.addAll(prepare(kind, mails, head)));
        return prepared;
    }

    /** The e-mails of one kind, written together; if that fails, each on its own, so that a bad one fails alone. */
    private List<Prepared> prepare(String kind, List<Claimed> mails, Optional<TreeHead> head) {
        List<OutgoingMail> written;
        try {
            written = composer(kind).compose(mails.stream().map(Claimed::mail).toList());
        } catch (RuntimeException e) {
            return mails.size() == 1 ? List.of(new Prepared(mails.getFirst(), null, e))
                    : mails.stream().flatMap(mail -> prepare(kind, List.of(mail), head).stream()).toList();
        }
        List<Prepared> prepared = new ArrayList<>();
        for (int i = 0; i < mails.size(); i++) {
            Claimed claimed = mails.get(i);
            try {
                prepared.add(new Prepared(claimed, mailer.message(claimed.mail().id(), written.get(i), head), null));
            } catch (RuntimeException e) {
                prepared.add(new Prepared(claimed, null, e));
            }
        }
        return prepared;
    }

    /**
     * Records the outcomes in one transaction: the e-mails sent in one update, reported to their modules in one
     * {@link MailDelivered} per kind; each failure with its {@link MailFailed}.
     */
    private void record(List<Outcomes.Outcome> outcomes) {
        List<Outcomes.Outcome> failed = outcomes.stream().filter(o -> o.failure() != null).toList();
        failed.forEach(o -> log.warn("E-mail {} failed{}: {}", o.claimed().mail().id(),
                SmtpReplies.permanent(o.failure()) ? " for good" : "", reason(o.failure())));
        transaction.executeWithoutResult(status -> {
            Instant at = clock.instant();
            List<UUID> sent = outcomes.stream().filter(o -> o.failure() == null).map(o -> o.claimed().mail().id())
                    .toList();
            rows.markSent(sent, at).forEach((kind, ids) -> events.publishEvent(new MailDelivered(kind, ids, at)));
            failed.forEach(o -> recordFailure(o.claimed(), o.failure(), at));
        });
    }

    private void recordFailure(Claimed claimed, RuntimeException e, Instant at) {
        boolean permanent = SmtpReplies.permanent(e);
        String shown = reason(e);
        rows.markFailed(claimed.mail().id(), shown, at,
                        permanent ? Optional.empty() : settings.retryAfter(claimed.attempts() + 1))
                .ifPresent(kind -> events.publishEvent(new MailFailed(claimed.mail().id(), kind, shown, permanent, at)));
    }

    /** The reason of a failure as shown to officers: the mail server's answer, at most 500 characters. */
    private static String reason(RuntimeException e) {
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return reason.length() <= 500 ? reason : reason.substring(0, 500);
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
