package org.plenary.silence;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Silence procedures for operators ({@code /actuator/prometheus}), read from the database at each scrape so that
 * every instance of a cluster reports the same: the deadline timers pending and how late the most overdue one is,
 * the answers recorded by kind, and the procedures concluded by outcome.
 */
@Component
class SilenceMeters implements MeterBinder {

    private final JdbcClient jdbc;
    private final Clock clock;

    SilenceMeters(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("plenary.silence.deadline.timers", () -> count(
                        "select count(*) from scheduled_tasks where task_name = :value", SilenceTasks.DEADLINE.getTaskName()))
                .description("Deadline timers of silence procedures waiting to fire").register(registry);
        Gauge.builder("plenary.silence.deadline.lag", this::lagSeconds)
                .description("How long past its time the most overdue deadline timer is").baseUnit("seconds")
                .register(registry);
        for (String kind : new String[] {"OBJECTION", "AMENDMENT", "COMMENT"}) {
            Gauge.builder("plenary.silence.answers", () -> count(
                            "select count(*) from silence_response where kind = :value", kind))
                    .description("Answers recorded to silence procedures, by kind").tag("kind", kind).register(registry);
        }
        for (ProcedureStatus outcome : new ProcedureStatus[] {ProcedureStatus.ADOPTED, ProcedureStatus.BROKEN,
            ProcedureStatus.WITHDRAWN}) {
            Gauge.builder("plenary.silence.procedures.concluded", () -> count(
                            "select count(*) from silence_procedure where status = :value", outcome.name()))
                    .description("Silence procedures concluded, by outcome").tag("outcome", outcome.name())
                    .register(registry);
        }
    }

    private long count(String sql, String value) {
        return jdbc.sql(sql).param("value", value).query(Long.class).single();
    }

    private double lagSeconds() {
        return jdbc.sql("""
                select coalesce(extract(epoch from (:now - min(execution_time))), 0)
                  from scheduled_tasks where task_name = :task and not picked and execution_time < :now""")
                .param("now", Timestamp.from(clock.instant())).param("task", SilenceTasks.DEADLINE.getTaskName())
                .query(Double.class).single();
    }
}
