package org.plenary.notifications;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one mail outbox for operators ({@code /actuator/prometheus}): every e-mail (letters, notices, account mail)
 * by status, {@code plenary_mail_outbox{status="QUEUED"|"SENT"|"FAILED"}}, read from the database at each scrape.
 */
@Component
class MailOutboxMeters implements MeterBinder {

    private final JdbcClient jdbc;

    MailOutboxMeters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String status : new String[] {"QUEUED", "SENT", "FAILED"}) {
            Gauge.builder("plenary.mail.outbox", () -> jdbc.sql("select count(*) from mail_outbox where status = :s")
                            .param("s", status).query(Long.class).single())
                    .description("E-mails in the outbox, by status").tag("status", status).register(registry);
        }
    }
}
