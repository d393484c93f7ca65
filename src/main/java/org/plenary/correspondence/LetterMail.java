package org.plenary.correspondence;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
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
 * The e-mail that carries a letter to one address, written in the dispatch's language (English where the
 * interface does not have it yet): the letter as PDF, in the dispatch's language where the letter has a version
 * in it (else in its original language), and links to its attachments.
 */
@Component
class LetterMail implements MailComposer {

    static final String KIND = "letter";

    private final DispatchRepository dispatches;
    private final LetterRepository letters;
    private final LetterRendering rendering;
    private final LetterVersionRepository versions;
    private final Documents documents;
    private final Processes processes;
    private final MailTemplates templates;
    private final MessageSource messages;
    private final String baseUrl;

    LetterMail(DispatchRepository dispatches, LetterRepository letters, LetterRendering rendering,
            LetterVersionRepository versions, Documents documents, Processes processes, MailTemplates templates,
            MessageSource messages, @Value("${plenary.base-url}") String baseUrl) {
        this.dispatches = dispatches;
        this.letters = letters;
        this.versions = versions;
        this.rendering = rendering;
        this.documents = documents;
        this.processes = processes;
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
     * The e-mails of a batch of dispatches, in its order: what they share (the letter, its versions, its process,
     * its attachments) is read once, and the e-mail in each language written once, for every address.
     */
    @Override
    public List<OutgoingMail> compose(List<QueuedMail> mails) {
        Map<UUID, Dispatch> found = dispatches.find(mails.stream().map(QueuedMail::id).toList());
        Map<LetterId, Written> letters = new HashMap<>();
        return mails.stream().map(mail -> {
            Dispatch dispatch = Optional.ofNullable(found.get(mail.id())).orElseThrow(
                    () -> new IllegalStateException("No dispatch " + mail.id()));
            return letters.computeIfAbsent(dispatch.letter(), this::written).to(dispatch);
        }).toList();
    }

    private Written written(LetterId id) {
        Letter letter = letters.find(id).orElseThrow();
        return new Written(letter, processes.require(letter.process()), versions.of(letter),
                documents.references(letter.attachments()).stream().map(this::attachment).toList());
    }

    /** A letter and what its e-mails say, in each language written once. */
    private final class Written {

        private final Letter letter;
        private final Process process;
        private final LanguageVersions<LetterText> texts;
        private final List<LetterEmail.Attachment> attachments;
        private final Map<String, OutgoingMail> inLanguage = new HashMap<>();

        private Written(Letter letter, Process process, LanguageVersions<LetterText> texts,
                List<LetterEmail.Attachment> attachments) {
            this.letter = letter;
            this.process = process;
            this.texts = texts;
            this.attachments = attachments;
        }

        OutgoingMail to(Dispatch dispatch) {
            return inLanguage.computeIfAbsent(dispatch.language(), this::in).to(dispatch.email());
        }

        private OutgoingMail in(String recipientLanguage) {
            Texts t = Texts.written(messages, recipientLanguage);
            String language = texts.shownTo(recipientLanguage);
            String subject = texts.in(language).subject();
            LetterEmail content = new LetterEmail(process.title(), letter.reference(),
                    letter.place() + ", " + t.date(letter.date()), subject,
                    t.otherLanguagesLine(language, texts.languages()), attachments);
            MailTemplates.Parts parts = templates.render("mail/letter", Map.of("t", t, "mail", content));
            return new OutgoingMail(null, t.language(), "[" + letter.reference() + "] " + subject, parts.text(),
                    parts.html(), List.of(new OutgoingMail.Attachment(fileName(letter), "application/pdf",
                            rendering.pdf(letter, language))));
        }
    }

    private LetterEmail.Attachment attachment(DocumentReference a) {
        return new LetterEmail.Attachment(a.symbol() == null ? a.title() : a.symbol() + " – " + a.title(),
                a.languages().stream().map(l -> new LetterEmail.Link(l, baseUrl + a.filePath(l))).toList());
    }

    static String fileName(Letter letter) {
        return "letter-" + letter.reference().replaceAll("[^A-Za-z0-9.-]+", "-") + ".pdf";
    }
}
