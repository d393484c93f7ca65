package org.plenary.correspondence;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.sql.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The outbox for operators (Prometheus, {@code /actuator/prometheus}): e-mails of letters queued, sent and failed
 * ({@code plenary_outbox_dispatches{status}}), and the age of the oldest still queued
 * ({@code plenary_outbox_oldest_queued_seconds}), read from the database at each scrape so that every instance
 * of a cluster reports the same.
 */
@Component
class OutboxMeters implements MeterBinder {

    private final JdbcClient jdbc;
    private final Clock clock;

    OutboxMeters(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (DispatchStatus status : DispatchStatus.values()) {
            Gauge.builder("plenary.outbox.dispatches", () -> count(status))
                    .description("E-mails of letters in the outbox, by status").tag("status", status.name())
                    .register(registry);
        }
        Gauge.builder("plenary.outbox.oldest.queued", this::oldestQueuedSeconds)
                .description("How long the oldest queued e-mail has waited").baseUnit("seconds").register(registry);
    }

    private long count(DispatchStatus status) {
        return jdbc.sql("select count(*) from letter_dispatch where status = :status").param("status", status.name())
                .query(Long.class).single();
    }

    private double oldestQueuedSeconds() {
        return jdbc.sql("""
                select coalesce(extract(epoch from (:now - min(queued_at))), 0)
                  from letter_dispatch where status = 'QUEUED'""")
                .param("now", Timestamp.from(clock.instant())).query(Double.class).single();
    }
}
