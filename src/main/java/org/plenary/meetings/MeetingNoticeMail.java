package org.plenary.meetings;

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
import org.plenary.shared.LanguageVersions;
import org.plenary.shared.MeetingId;
import org.plenary.shared.web.Texts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes the e-mail of a meeting notice in its recipient's language (the meeting's title in that version when it
 * exists), from the templates {@code mail/meeting-notice} and the dates the notice recorded, and records its
 * delivery, which the outbox reports in its transaction.
 */
@Component
class MeetingNoticeMail implements MailComposer {

    static final String KIND = "meeting-notice";

    private final JdbcClient jdbc;
    private final MeetingRepository meetings;
    private final MeetingVersionRepository versions;
    private final Processes processes;
    private final MailTemplates templates;
    private final MessageSource messages;
    private final String baseUrl;

    MeetingNoticeMail(JdbcClient jdbc, MeetingRepository meetings, MeetingVersionRepository versions,
            Processes processes, MailTemplates templates, MessageSource messages,
            @Value("${plenary.base-url}") String baseUrl) {
        this.jdbc = jdbc;
        this.meetings = meetings;
        this.versions = versions;
        this.processes = processes;
        this.templates = templates;
        this.messages = messages;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    private record Notice(MeetingId meeting, String kind, Instant start, Instant end, String reason) {
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public OutgoingMail compose(QueuedMail mail) {
        Notice notice = jdbc.sql("""
                select meeting, kind, starts_at, ends_at, reason from meeting_notice where id = :id
                """)
                .param("id", mail.id())
                .query((rs, n) -> new Notice(new MeetingId(rs.getObject(1, UUID.class)),
                        rs.getString(2).toLowerCase(Locale.ROOT), rs.getTimestamp(3).toInstant(),
                        rs.getTimestamp(4).toInstant(), rs.getString(5)))
                .single();
        Meeting meeting = meetings.find(notice.meeting()).orElseThrow();
        return write(mail.to(), mail.language(), processes.require(meeting.process()), meeting,
                notice.kind(), notice.start(), notice.end(), notice.reason());
    }

    /**
     * The e-mail of {@code kind} ({@code convened}, {@code moved}, {@code postponed}, {@code cancelled}) about
     * {@code meeting} to {@code to}, in {@code language} (the meeting's title in that version when it exists), with
     * the dates it announces and the {@code reason} given for a move or postponement (null for none).
     */
    OutgoingMail write(String to, String language, Process process, Meeting meeting, String kind, Instant start,
            Instant end, String reason) {
        Texts t = Texts.written(messages, language);
        LanguageVersions<MeetingText> texts = versions.of(meeting);
        String title = texts.in(texts.shownTo(language)).title();
        MeetingNoticeEmail content = new MeetingNoticeEmail(kind, process.title(), title,
                t.dateTimeAndUtc(start, meeting.timeZone()), t.dateTimeAndUtc(end, meeting.timeZone()),
                meeting.venue() == null ? "" : meeting.venue(),
                baseUrl + meeting.address(process.code()), reason);
        return templates.compose(to, t, "mail/meeting-notice", content,
                t.get("mail.meeting." + kind + ".subject", title));
    }

    @EventListener
    void on(MailDelivered event) {
        if (KIND.equals(event.kind())) {
            jdbc.sql("update meeting_notice set sent_at = :at where id in (:ids) and sent_at is null")
                    .param("at", Timestamp.from(event.at())).param("ids", event.ids()).update();
        }
    }
}
