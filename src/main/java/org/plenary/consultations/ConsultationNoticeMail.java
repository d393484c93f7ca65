package org.plenary.consultations;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.plenary.notifications.MailComposer;
import org.plenary.notifications.MailDelivered;
import org.plenary.notifications.MailTemplates;
import org.plenary.notifications.OutgoingMail;
import org.plenary.notifications.QueuedMail;
import org.plenary.processes.Process;
import org.plenary.processes.Processes;
import org.plenary.shared.web.Texts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes the e-mail of a consultation notice in its recipient's language (the title in its version), from the templates
 * {@code mail/consultation-notice} and the times the notice recorded, and records its delivery, which the outbox
 * reports in its transaction.
 */
@Component
class ConsultationNoticeMail implements MailComposer {

    static final String KIND = "consultation-notice";

    private final JdbcClient jdbc;
    private final ConsultationRepository consultations;
    private final ConsultationVersionRepository versions;
    private final Processes processes;
    private final MailTemplates templates;
    private final MessageSource messages;
    private final String baseUrl;

    ConsultationNoticeMail(JdbcClient jdbc, ConsultationRepository consultations,
            ConsultationVersionRepository versions, Processes processes, MailTemplates templates,
            MessageSource messages, @Value("${plenary.base-url}") String baseUrl) {
        this.jdbc = jdbc;
        this.consultations = consultations;
        this.versions = versions;
        this.processes = processes;
        this.templates = templates;
        this.messages = messages;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    private record Notice(ConsultationId consultation, String kind, Instant opens, Instant closes) {
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public OutgoingMail compose(QueuedMail mail) {
        Notice notice = jdbc.sql("select consultation, kind, opens_at, closes_at from consultation_notice where id = :id")
                .param("id", mail.id())
                .query((rs, n) -> new Notice(new ConsultationId(rs.getObject(1, UUID.class)),
                        rs.getString(2).toLowerCase(Locale.ROOT), rs.getTimestamp(3).toInstant(),
                        rs.getTimestamp(4).toInstant()))
                .single();
        Consultation consultation = consultations.find(notice.consultation()).orElseThrow();
        return write(mail.to(), mail.language(), processes.require(consultation.process()), consultation,
                notice.kind(), notice.opens(), notice.closes(),
                consultations.closingReason(consultation.id()).orElse(null));
    }

    /**
     * The e-mail of {@code kind} ({@code opened}, {@code extended}, {@code closed_early}) about {@code consultation}
     * to {@code to}, in {@code language} (the consultation's title in that version when it exists), with the times
     * it announces and the reason for closing early.
     */
    OutgoingMail write(String to, String language, Process process, Consultation consultation, String kind,
            Instant opens, Instant closes, String reason) {
        Texts t = Texts.written(messages, language);
        String title = versions.title(consultation, language);
        ConsultationNoticeEmail content = new ConsultationNoticeEmail(kind, process.title(), title,
                t.dateTimeAndUtc(opens, process.timeZone()), t.dateTimeAndUtc(closes, process.timeZone()), reason,
                baseUrl + "/processes/" + process.code() + "/consultations/" + consultation.id());
        return templates.compose(to, t, "mail/consultation-notice", content,
                t.get("mail.consultation." + kind + ".subject", title));
    }

    @EventListener
    void on(MailDelivered event) {
        if (KIND.equals(event.kind())) {
            jdbc.sql("update consultation_notice set sent_at = :at where id in (:ids) and sent_at is null")
                    .param("at", Timestamp.from(event.at())).param("ids", event.ids()).update();
        }
    }
}
