package org.plenary.notifications;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one mail outbox for operators ({@code /actuator/prometheus}): every e-mail (letters, notices, account mail)
 * by status, {@code plenary_mail_outbox{status="QUEUED"|"SENT"|"FAILED"}}, and how long the oldest still queued has
 * waited, {@code plenary_mail_outbox_oldest_queued_seconds}; read from the database at each scrape, so that every
 * instance of a cluster reports the same.
 */
@Component
class MailOutboxMeters implements MeterBinder {

    private final JdbcClient jdbc;
    private final Clock clock;

    MailOutboxMeters(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String status : new String[] {"QUEUED", "SENT", "FAILED"}) {
            Gauge.builder("plenary.mail.outbox", () -> jdbc.sql("select count(*) from mail_outbox where status = :s")
                            .param("s", status).query(Long.class).single())
                    .description("E-mails in the outbox, by status").tag("status", status).register(registry);
        }
        Gauge.builder("plenary.mail.outbox.oldest.queued", this::oldestQueuedSeconds)
                .description("How long the oldest queued e-mail has waited").baseUnit("seconds").register(registry);
    }

    private double oldestQueuedSeconds() {
        return jdbc.sql("""
                select coalesce(extract(epoch from (:now - min(queued_at))), 0)
                  from mail_outbox where status = 'QUEUED'""")
                .param("now", Timestamp.from(clock.instant())).query(Double.class).single();
    }
}
