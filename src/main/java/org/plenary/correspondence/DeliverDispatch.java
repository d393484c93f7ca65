package org.plenary.correspondence;

import java.time.Clock;
import java.util.UUID;
import org.plenary.notifications.Mailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers one queued e-mail of a letter. The dispatch row is locked for the attempt; a dispatch already
 * sent is not sent again. A failure is recorded with its reason and rethrown, so that the outbox retries.
 */
@Service
class DeliverDispatch {

    enum Outcome { DELIVERED, NO_MAIL_SERVER }

    private static final Logger log = LoggerFactory.getLogger(DeliverDispatch.class);

    private final DispatchRepository dispatches;
    private final LetterMail mails;
    private final Mailer mailer;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DeliverDispatch(DispatchRepository dispatches, LetterMail mails, Mailer mailer, TransactionTemplate transaction,
            Clock clock) {
        this.dispatches = dispatches;
        this.mails = mails;
        this.mailer = mailer;
        this.transaction = transaction;
        this.clock = clock;
    }

    Outcome deliver(UUID id) {
        if (!mailer.configured()) {
            return Outcome.NO_MAIL_SERVER;
        }
        try {
            transaction.executeWithoutResult(status -> dispatches.lock(id)
                    .filter(d -> d.status() != DispatchStatus.SENT)
                    .ifPresent(d -> {
                        mailer.send(mails.of(d));
                        dispatches.markSent(id, clock.instant());
                    }));
            return Outcome.DELIVERED;
        } catch (RuntimeException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            log.warn("Dispatch {} failed: {}", id, reason);
            transaction.executeWithoutResult(status -> dispatches.markFailed(id, truncate(reason), clock.instant()));
            throw e;
        }
    }

    private static String truncate(String reason) {
        return reason.length() <= 500 ? reason : reason.substring(0, 500);
    }
}
