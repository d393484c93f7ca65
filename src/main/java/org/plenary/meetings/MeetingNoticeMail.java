package org.plenary.meetings;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.plenary.notifications.MailComposer;
import org.plenary.notifications.MailDelivered;
import org.plenary.notifications.MailTemplates;
import org.plenary.notifications.OutgoingMail;
import org.plenary.notifications.QueuedMail;
import org.plenary.processes.Process;
import org.plenary.processes.Processes;
import org.plenary.shared.LanguageVersions;
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
    private static final ZoneId UTC = ZoneId.of("UTC");

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

    private record Notice(MeetingId meeting, String kind, Instant start, Instant end) {
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public OutgoingMail compose(QueuedMail mail) {
        Notice notice = jdbc.sql("select meeting, kind, starts_at, ends_at from meeting_notice where id = :id")
                .param("id", mail.id())
                .query((rs, n) -> new Notice(new MeetingId(rs.getObject(1, UUID.class)),
                        rs.getString(2).toLowerCase(Locale.ROOT), rs.getTimestamp(3).toInstant(),
                        rs.getTimestamp(4).toInstant()))
                .single();
        Meeting meeting = meetings.find(notice.meeting()).orElseThrow();
        Process process = processes.require(meeting.process().toString());
        Texts t = Texts.written(messages, mail.language());
        LanguageVersions<MeetingText> texts = versions.of(meeting);
        String title = texts.in(texts.shownTo(mail.language())).title();
        MeetingNoticeEmail content = new MeetingNoticeEmail(notice.kind(), process.title(), title,
                when(t, meeting, notice.start()), when(t, meeting, notice.end()),
                meeting.venue() == null ? "" : meeting.venue(),
                baseUrl + "/processes/" + process.code() + "/meetings/" + meeting.id());
        MailTemplates.Parts parts = templates.render("mail/meeting-notice", Map.of("t", t, "mail", content));
        return new OutgoingMail(mail.to(), t.language(),
                t.get("mail.meeting." + notice.kind() + ".subject", title), parts.text(), parts.html(),
                List.of());
    }

    private static String when(Texts t, Meeting meeting, Instant at) {
        return t.dateTime(at, meeting.timeZone()) + " / " + t.dateTime(at, UTC);
    }

    @EventListener
    void on(MailDelivered event) {
        if (KIND.equals(event.kind())) {
            jdbc.sql("update meeting_notice set sent_at = :at where id = :id and sent_at is null")
                    .param("at", Timestamp.from(event.at())).param("id", event.id()).update();
        }
    }
}
