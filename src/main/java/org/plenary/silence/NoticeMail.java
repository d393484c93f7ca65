package org.plenary.silence;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.Locale;
import org.plenary.documents.DocumentReference;
import org.plenary.documents.Documents;
import org.plenary.notifications.MailComposer;
import org.plenary.notifications.MailTemplates;
import org.plenary.notifications.OutgoingMail;
import org.plenary.notifications.QueuedMail;
import org.plenary.processes.Process;
import org.plenary.processes.Processes;
import org.plenary.shared.LanguageVersions;
import org.plenary.shared.web.Texts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The e-mail that tells a participant about a procedure (its circulation, the reminder, its adoption, the breaking
 * of silence, its withdrawal), written in the notice's language from the templates {@code mail/silence-notice}: the
 * proposal, the documents that delegations may read (a link per language; each file is served only to whoever may
 * read it), the dates in the process's zone and in UTC, and how to object (only States Parties) or comment.
 */
@Component
class NoticeMail implements MailComposer {

    static final String KIND = "silence-notice";

    private final SilenceNotices notices;
    private final ProcedureRepository procedures;
    private final ProcedureVersionRepository versions;
    private final Processes processes;
    private final Documents documents;
    private final MailTemplates templates;
    private final MessageSource messages;
    private final String baseUrl;

    NoticeMail(SilenceNotices notices, ProcedureRepository procedures, ProcedureVersionRepository versions,
            Processes processes, Documents documents, MailTemplates templates, MessageSource messages,
            @Value("${plenary.base-url}") String baseUrl) {
        this.notices = notices;
        this.procedures = procedures;
        this.versions = versions;
        this.processes = processes;
        this.documents = documents;
        this.templates = templates;
        this.messages = messages;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public OutgoingMail compose(QueuedMail mail) {
        return compose(List.of(mail)).getFirst();
    }

    /**
     * The e-mails of a batch of notices, in its order: each notice of a procedure in each language is written once,
     * for every address it goes to.
     */
    @Override
    public List<OutgoingMail> compose(List<QueuedMail> mails) {
        record Written(SilenceProcedureId procedure, SilenceNotices.Kind kind, String language) {
        }
        Map<UUID, SilenceNotices.Notice> found = notices.find(mails.stream().map(QueuedMail::id).toList());
        Map<Written, OutgoingMail> written = new HashMap<>();
        return mails.stream().map(mail -> {
            SilenceNotices.Notice notice = Optional.ofNullable(found.get(mail.id()))
                    .orElseThrow(() -> new IllegalStateException("No notice " + mail.id()));
            return written.computeIfAbsent(new Written(notice.procedure(), notice.kind(), mail.language()), w -> {
                SilenceProcedure p = procedures.find(w.procedure()).orElseThrow();
                return write(mail.to(), w.language(), processes.require(p.process()), p, w.kind());
            }).to(mail.to());
        }).toList();
    }

    /** The e-mail of {@code kind} about {@code p} to {@code to}, in {@code recipientLanguage}. */
    OutgoingMail write(String to, String recipientLanguage, Process process, SilenceProcedure p,
            SilenceNotices.Kind notice) {
        Texts t = Texts.written(messages, recipientLanguage);
        String kind = notice.name().toLowerCase(Locale.ROOT);
        LanguageVersions<ProcedureText> texts = versions.of(p);
        String language = texts.shownTo(recipientLanguage);
        ProcedureText text = texts.in(language);
        SilenceNoticeEmail content = new SilenceNoticeEmail(kind, process.title(), p.reference(), language,
                text.subject(), text.proposal(), t.otherLanguagesLine(language, texts.languages()),
                when(t, process, p.deadline()), when(t, process, p.concludedAt()),
                p.withdrawalReason(), baseUrl + p.address(process.code()),
                documents.referencesForDelegations(p.documents()).stream().map(this::document).toList());
        return templates.compose(to, t, "mail/silence-notice", content, "[" + process.code() + " " + p.reference()
                + "] " + t.get("mail.silence." + kind + ".subject", text.subject()));
    }

    /** An instant in the process's time zone and in UTC, as the recipient's language writes them. */
    private static String when(Texts t, Process process, Instant at) {
        return at == null ? "" : t.dateTimeAndUtc(at, process.timeZone());
    }

    private SilenceNoticeEmail.Document document(DocumentReference a) {
        return new SilenceNoticeEmail.Document(a.symbol() == null ? a.title() : a.symbol() + " – " + a.title(),
                a.languages().stream().map(l -> new SilenceNoticeEmail.Link(l, baseUrl + a.filePath(l))).toList());
    }
}
