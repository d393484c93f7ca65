package org.plenary.consultations;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.plenary.identity.Account;
import org.plenary.identity.Accounts;
import org.plenary.notifications.Outbox;
import org.plenary.notifications.QueuedMail;
import org.plenary.processes.Process;
import org.plenary.roster.Standing;
import org.plenary.processes.Processes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Tells every delegate account of the process that a consultation closed early or was extended: the e-mails are
 * handed to the outbox with the change, in its transaction ({@link ConsultationNoticeMail} reads them back for it).
 */
@Component
class ConsultationNotices {

    enum Kind { CLOSED_EARLY, EXTENDED }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);

    private final JdbcClient jdbc;
    private final Processes processes;
    private final Accounts accounts;
    private final Outbox outbox;
    private final Clock clock;
    private final String baseUrl;

    ConsultationNotices(JdbcClient jdbc, Processes processes, Accounts accounts, Outbox outbox,
            Clock clock, @Value("${plenary.base-url}") String baseUrl) {
        this.jdbc = jdbc;
        this.processes = processes;
        this.accounts = accounts;
        this.outbox = outbox;
        this.clock = clock;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    /** Queues one e-mail per delegate account of every participant of the process today; answers how many. */
    int queue(Process process, Consultation consultation, Kind kind) {
        String time = TIME.format(consultation.closesAt().atZone(process.timeZone())) + " (" + process.timeZone() + ")";
        String subject = (kind == Kind.CLOSED_EARLY ? "Consultation closed: " : "Consultation extended: ")
                + consultation.title();
        String body = "The consultation \"" + consultation.title() + "\" of " + process.title()
                + (kind == Kind.CLOSED_EARLY ? " was closed by the Presidency on " : " now closes on ") + time + ".\n\n"
                + baseUrl + "/processes/" + process.code() + "/consultations/" + consultation.id() + "\n";
        Instant now = clock.instant();
        List<QueuedMail> mails = new ArrayList<>();
        for (Standing standing : processes.participants(process, processes.today(process))) {
            for (Account account : accounts.delegatesOf(standing.id())) {
                UUID id = UUID.randomUUID();
                jdbc.sql("""
                        insert into consultation_notice (id, consultation, email, subject, body, queued_at)
                        values (:id, :c, :email, :subject, :body, :at)
                        """).param("id", id).param("c", consultation.id().value()).param("email", account.email())
                        .param("subject", subject).param("body", body).param("at", Timestamp.from(now)).update();
                mails.add(new QueuedMail(id, ConsultationNoticeMail.KIND, account.email(), "en"));
            }
        }
        outbox.queue(mails);
        return mails.size();
    }
}
