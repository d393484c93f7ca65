package org.plenary.audit;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The audit log's sequencer for operators ({@code /actuator/prometheus}): the entries integrated into the log and
 * those still waiting for their place, and how long the oldest waiting one has waited (the sequencer's lag; the
 * contract says a second or two), read from the database at each scrape.
 */
@Component
class AuditMeters implements MeterBinder {

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditMeters(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("plenary.audit.entries", () -> jdbc.sql("select coalesce(max(idx) + 1, 0) from audit_entry")
                        .query(Long.class).single())
                .description("Audit entries integrated into the log").tag("state", "integrated").register(registry);
        Gauge.builder("plenary.audit.entries", () -> jdbc.sql("select count(*) from audit_entry where idx is null")
                        .query(Long.class).single())
                .description("Audit entries integrated into the log").tag("state", "pending").register(registry);
        Gauge.builder("plenary.audit.sequencer.lag", () -> jdbc.sql("""
                        select coalesce(extract(epoch from (:now - min(at))), 0) from audit_entry where idx is null""")
                        .param("now", Timestamp.from(clock.instant())).query(Double.class).single())
                .description("How long the oldest entry not yet integrated has waited").baseUnit("seconds")
                .register(registry);
    }
}
