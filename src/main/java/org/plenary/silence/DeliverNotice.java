package org.plenary.silence;

import java.time.Clock;
import java.util.UUID;
import org.plenary.notifications.Mailer;
import org.plenary.processes.Processes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers one queued e-mail about a procedure, under the lock of its row; an e-mail already sent is not sent
 * again. A failure is recorded with its reason and rethrown, so that db-scheduler retries it.
 */
@Component
class DeliverNotice {

    enum Outcome { DELIVERED, NO_MAIL_SERVER }

    private static final Logger log = LoggerFactory.getLogger(DeliverNotice.class);

    private final SilenceNotices notices;
    private final ProcedureRepository procedures;
    private final Processes processes;
    private final NoticeMail mails;
    private final Mailer mailer;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DeliverNotice(SilenceNotices notices, ProcedureRepository procedures, Processes processes, NoticeMail mails,
            Mailer mailer, TransactionTemplate transaction, Clock clock) {
        this.notices = notices;
        this.procedures = procedures;
        this.processes = processes;
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
            transaction.executeWithoutResult(status -> notices.lock(id).filter(n -> !n.status().equals("SENT"))
                    .ifPresent(n -> {
                        SilenceProcedure p = procedures.find(n.procedure()).orElseThrow();
                        mailer.send(mails.of(n, processes.require(p.process().toString()), p));
                        notices.markSent(id, clock.instant());
                    }));
            return Outcome.DELIVERED;
        } catch (RuntimeException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            log.warn("E-mail {} about a silence procedure failed: {}", id, reason);
            transaction.executeWithoutResult(status -> notices.markFailed(id,
                    reason.length() <= 500 ? reason : reason.substring(0, 500), clock.instant()));
            throw e;
        }
    }
}
